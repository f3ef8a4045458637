<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>palier::Analysis</name>
    <message>
        <source>Profile: %1 (%2) · key transaction %3 · target stage %4 users</source>
        <translation>Profil : %1 (%2) · transaction clé %3 · palier cible %4 utilisateurs</translation>
    </message>
    <message>
        <source>built-in</source>
        <translation>intégré</translation>
    </message>
    <message>
        <source>Run %1 (%2)</source>
        <translation>Run %1 (%2)</translation>
    </message>
    <message>
        <source>Path: %1</source>
        <translation>Chemin : %1</translation>
    </message>
    <message>
        <source>Started: %1 · ended: %2</source>
        <translation>Début : %1 · fin : %2</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Utilisateurs</translation>
    </message>
    <message>
        <source>Duration s</source>
        <translation>Durée s</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Requêtes</translation>
    </message>
    <message>
        <source>Failures</source>
        <translation>Échecs</translation>
    </message>
    <message>
        <source>Errors %</source>
        <translation>Erreurs %</translation>
    </message>
    <message>
        <source>Req/s</source>
        <translation>Req/s</translation>
    </message>
    <message>
        <source>p50 ms</source>
        <translation>p50 ms</translation>
    </message>
    <message>
        <source>p95 ms</source>
        <translation>p95 ms</translation>
    </message>
    <message>
        <source>p99 ms</source>
        <translation>p99 ms</translation>
    </message>
    <message>
        <source>Key p95 ms</source>
        <translation>p95 clé ms</translation>
    </message>
    <message>
        <source>Stages</source>
        <translation>Paliers</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Critère</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Couleur</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Raison</translation>
    </message>
    <message>
        <source>Grid</source>
        <translation>Grille</translation>
    </message>
    <message>
        <source>Reds %1 · oranges %2 · score %3 (%4) · decision %5</source>
        <translation>Rouges %1 · oranges %2 · score %3 (%4) · décision %5</translation>
    </message>
    <message>
        <source>Saturation point: %1 users — %2</source>
        <translation>Point de saturation : %1 utilisateurs — %2</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>Fenêtre</translation>
    </message>
    <message>
        <source>Runs: %1</source>
        <translation>Runs : %1</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>Runs</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>Reds %1 · oranges %2 · score %3 (%4)</source>
        <translation>Rouges %1 · oranges %2 · score %3 (%4)</translation>
    </message>
    <message>
        <source>Decision: %1%2</source>
        <translation>Décision : %1%2</translation>
    </message>
    <message>
        <source> (provisional)</source>
        <translation> (provisoire)</translation>
    </message>
    <message>
        <source>INVALID RUN: set aside, it never makes a decision better</source>
        <translation>RUN INVALIDE : écarté, il ne rend jamais une décision meilleure</translation>
    </message>
    <message>
        <source>Held / stability</source>
        <translation>Tenu / stabilité</translation>
    </message>
    <message>
        <source>held: %1</source>
        <translation>tenu : %1</translation>
    </message>
    <message>
        <source>stability: %1</source>
        <translation>stabilité : %1</translation>
    </message>
    <message>
        <source>%1 users: %2</source>
        <translation>%1 utilisateurs : %2</translation>
    </message>
    <message>
        <source>Saturation signals: %1</source>
        <translation>Signaux de saturation : %1</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Note : %1</translation>
    </message>
    <message>
        <source>Shared</source>
        <translation>Partagée</translation>
    </message>
    <message>
        <source>no (rerun)</source>
        <translation>non (relancer)</translation>
    </message>
    <message>
        <source>no (incomplete)</source>
        <translation>non (preuves incomplètes)</translation>
    </message>
    <message>
        <source>Capacity: %1</source>
        <translation>Capacité : %1</translation>
    </message>
</context>
<context>
    <name>palier::Capacity</name>
    <message>
        <source>fitted</source>
        <translation>ajusté</translation>
    </message>
    <message>
        <source>not enough stages</source>
        <translation>pas assez de paliers</translation>
    </message>
    <message>
        <source>poor fit</source>
        <translation>ajustement médiocre</translation>
    </message>
    <message>
        <source>arrival-rate run</source>
        <translation>run à débit d&apos;arrivée imposé</translation>
    </message>
    <message>
        <source>invalid run</source>
        <translation>run invalide</translation>
    </message>
    <message>
        <source>not within %1</source>
        <translation>pas avant %1</translation>
    </message>
    <message numerus="yes">
        <source>USL on %n stage(s), R² %1</source>
        <translation>
            <numerusform>USL sur %n palier, R² %1</numerusform>
            <numerusform>USL sur %n paliers, R² %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>not enough stages: %n user level(s), %1 needed</source>
        <translation>
            <numerusform>pas assez de paliers : %n niveau d&apos;utilisateurs, %1 nécessaires</numerusform>
            <numerusform>pas assez de paliers : %n niveaux d&apos;utilisateurs, %1 nécessaires</numerusform>
        </translation>
    </message>
    <message>
        <source>poor fit: the USL could not be fitted to these stages</source>
        <translation>ajustement médiocre : la loi USL ne s&apos;ajuste pas à ces paliers</translation>
    </message>
    <message>
        <source>poor fit: R² %1 on %2 stages (at least %3 needed)</source>
        <translation>ajustement médiocre : R² %1 sur %2 paliers (au moins %3 requis)</translation>
    </message>
    <message>
        <source>arrival-rate run: the rate, not the users, sets the throughput; no USL fit</source>
        <translation>run à débit d&apos;arrivée imposé : c&apos;est le débit demandé, pas le nombre d&apos;utilisateurs, qui fixe le débit ; pas d&apos;ajustement USL</translation>
    </message>
    <message>
        <source>invalid run: no capacity estimate on damaged evidence</source>
        <translation>run invalide : pas d&apos;estimation de capacité sur des données endommagées</translation>
    </message>
    <message>
        <source>≈ %1 users before orange</source>
        <translation>≈ %1 utilisateurs avant orange</translation>
    </message>
    <message>
        <source>no orange up to %1 users</source>
        <translation>pas d&apos;orange jusqu&apos;à %1 utilisateurs</translation>
    </message>
    <message>
        <source>≈ %1 before red</source>
        <translation>≈ %1 avant rouge</translation>
    </message>
    <message>
        <source>no red up to %1 users</source>
        <translation>pas de rouge jusqu&apos;à %1 utilisateurs</translation>
    </message>
    <message>
        <source>latency not projected (no key p95 or response time)</source>
        <translation>latence non projetée (pas de p95 clé ni de temps de réponse)</translation>
    </message>
    <message>
        <source>throughput peak ≈ %1 req/s at %2 users</source>
        <translation>pic de débit ≈ %1 req/s à %2 utilisateurs</translation>
    </message>
    <message>
        <source>throughput peak not determined: the stages have not bent the curve yet</source>
        <translation>pic de débit non déterminé : les paliers n&apos;ont pas encore infléchi la courbe</translation>
    </message>
    <message>
        <source>%1; %2 (%3)</source>
        <translation>%1 ; %2 (%3)</translation>
    </message>
</context>
<context>
    <name>palier::Cli</name>
    <message>
        <source>Grid profile (JSON).</source>
        <translation>Profil de grille (JSON).</translation>
    </message>
    <message>
        <source>json, md or text.</source>
        <translation>json, md ou text.</translation>
    </message>
    <message>
        <source>Key transaction.</source>
        <translation>Transaction clé.</translation>
    </message>
    <message>
        <source>Target stage users.</source>
        <translation>Utilisateurs du palier cible.</translation>
    </message>
    <message>
        <source>Report language (fr, en).</source>
        <translation>Langue du rapport (fr, en).</translation>
    </message>
    <message>
        <source>Report week (YYYY-Www).</source>
        <translation>Semaine du rapport (YYYY-Www).</translation>
    </message>
    <message>
        <source>Output file.</source>
        <translation>Fichier de sortie.</translation>
    </message>
    <message>
        <source>Overwrite --out.</source>
        <translation>Écraser le fichier de --out.</translation>
    </message>
    <message>
        <source>watch or no-go.</source>
        <translation>watch ou no-go.</translation>
    </message>
    <message>
        <source>Application name.</source>
        <translation>Nom de l&apos;application.</translation>
    </message>
    <message>
        <source>Hosting environment.</source>
        <translation>Environnement d&apos;hébergement.</translation>
    </message>
    <message>
        <source>Next week&apos;s action.</source>
        <translation>Action de la semaine suivante.</translation>
    </message>
    <message>
        <source>Time zone.</source>
        <translation>Fuseau horaire.</translation>
    </message>
    <message>
        <source>--target-users: expected a positive whole number, got &apos;%1&apos;</source>
        <translation>--target-users : nombre entier positif attendu, reçu « %1 »</translation>
    </message>
    <message>
        <source>--fail-on: expected watch or no-go, got &apos;%1&apos;</source>
        <translation>--fail-on : watch ou no-go attendu, reçu « %1 »</translation>
    </message>
    <message>
        <source>Result files, prefixes or folders.</source>
        <translation>Fichiers de résultats, préfixes ou dossiers.</translation>
    </message>
    <message>
        <source>analyze: give at least one result file, prefix or folder</source>
        <translation>analyze : indiquez au moins un fichier de résultats, un préfixe ou un dossier</translation>
    </message>
    <message>
        <source>report: give the result files or folders of the week</source>
        <translation>report : indiquez les fichiers ou dossiers de résultats de la semaine</translation>
    </message>
    <message>
        <source>--lang: expected fr or en, got &apos;%1&apos;</source>
        <translation>--lang : fr ou en attendu, reçu « %1 »</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>avertissement : %1</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos; (try palier --help)</source>
        <translation>commande inconnue « %1 » (voir palier --help)</translation>
    </message>
    <message>
        <source>--key: no run has an endpoint named &apos;%1&apos;; endpoints: %2</source>
        <translation>--key : aucun run n&apos;a de point d&apos;accès nommé « %1 » ; points d&apos;accès : %2</translation>
    </message>
    <message>
        <source> (did you mean &apos;%1&apos;?)</source>
        <translation> (vouliez-vous dire « %1 » ?)</translation>
    </message>
    <message>
        <source>palier: no valid run to decide on: %1</source>
        <translation>palier : aucun run valide sur lequel décider : %1</translation>
    </message>
    <message>
        <source>Monitoring database (report).</source>
        <translation>Base de suivi (report).</translation>
    </message>
    <message>
        <source>--db: invalid connection string: %1</source>
        <translation>--db : chaîne de connexion invalide : %1</translation>
    </message>
    <message>
        <source>palier report: production section missing: %1</source>
        <translation>palier report : section production absente : %1</translation>
    </message>
    <message>
        <source>CSV export of the monitoring table (report).</source>
        <translation>Export CSV de la table de suivi (report).</translation>
    </message>
    <message>
        <source>The monitoring views&apos; now, for --events.</source>
        <translation>Le « maintenant » des vues de suivi, pour --events.</translation>
    </message>
    <message>
        <source>give --db or --events, not both</source>
        <translation>donnez --db ou --events, pas les deux</translation>
    </message>
    <message>
        <source>--now applies to --events only</source>
        <translation>--now ne s&apos;applique qu&apos;à --events</translation>
    </message>
    <message>
        <source>--tz: unknown time zone &apos;%1&apos;</source>
        <translation>--tz : fuseau horaire inconnu &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--now: expected a date and time such as 2026-11-22T14:00:00+01:00, got &apos;%1&apos;</source>
        <translation>--now : date et heure attendues, comme 2026-11-22T14:00:00+01:00, reçu &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Usage:
  palier [PATH...]                               open the window (GUI) on PATHs
  palier analyze [OPTIONS] PATH...               stages, endpoints, grid and window decision
  palier report  [OPTIONS] [PATH...]             the weekly Markdown report
  palier db summary  --db CONNINFO [--days N]    7-day view of app_monitoring_events
  palier db hourly   --db CONNINFO [--hours N]   searches / p95 / errors per hour
  palier db decision --db CONNINFO [--days N]    the production decision hint
  palier db all      --db CONNINFO               the three views from one scan
  palier --version | --help

Options (analyze, report):
  --profile FILE         grid profile (JSON); default: palier-profile.json beside the
                         results, else the built-in grid
  --format json|md|text  output format (default text; report: md)
  --key NAME             key transaction (default from the profile)
  --target-users N       target stage (default from the profile)
  --lang fr|en           language of the report (default fr) and of the reasons in
                         analyze&apos;s text and JSON (default: the interface language)
  --week YYYY-Www        report week (default: ISO week of the newest run)
  --app NAME             application named in the report title (default Streamlit)
  --environment TEXT     hosting named in the report (default Streamlit Cloud)
  --action TEXT          next week&apos;s action (default: derived from the decision)
  --db CONNINFO          the monitoring table: what the server logged during each run
                         beside the load generator&apos;s figures; report: also the
                         production section (7 days, last 48 h, hint, agreement)
  --events FILE          the same from a CSV export of the table
  --now TIME             with --events: the views&apos; now (default: the file&apos;s last event)
  --out FILE             write to FILE atomically (refuses to overwrite without --force)
  --force                allow --out to replace an existing file
  --fail-on watch|no-go  exit 1 when the window decision is at or worse than that

Decisions: GO, WATCH, NO-GO, or INCONCLUSIVE when the evidence does not carry a
decision: an invalid run (a damaged file, copies that disagree, impossible values,
time going backwards, a load generator that could not drive the load, a test script
failing from its start), incomplete evidence (a required criterion not evaluated: no
target stage, key transaction missing or with too few requests), or runs that
disagree (rerun). An invalid run is named with its reasons and never makes a
decision better.

Exit codes: 0 success, 1 gate failed (--fail-on; INCONCLUSIVE fails every gate),
2 bad usage or invalid input (also: no valid run left to decide on),
3 database unreachable or query failed.
</source>
        <translation>Utilisation :
  palier [PATH...]                               ouvre la fenêtre (interface graphique) sur les PATH
  palier analyze [OPTIONS] PATH...               paliers, points d&apos;accès, grille et décision de la fenêtre
  palier report  [OPTIONS] [PATH...]             le rapport hebdomadaire en Markdown
  palier db summary  --db CONNINFO [--days N]    vue sur 7 jours de app_monitoring_events
  palier db hourly   --db CONNINFO [--hours N]   recherches / p95 / erreurs par heure
  palier db decision --db CONNINFO [--days N]    l&apos;indication de décision de la production
  palier db all      --db CONNINFO               les trois vues en un seul parcours
  palier --version | --help

Options (analyze, report) :
  --profile FILE         profil de grille (JSON) ; par défaut : palier-profile.json à côté
                         des résultats, sinon la grille intégrée
  --format json|md|text  format de sortie (par défaut text ; report : md)
  --key NAME             transaction clé (par défaut : celle du profil)
  --target-users N       palier cible (par défaut : celui du profil)
  --lang fr|en           langue du rapport (par défaut fr) et des raisons dans le texte et
                         le JSON d&apos;analyze (par défaut : la langue de l&apos;interface)
  --week YYYY-Www        semaine du rapport (par défaut : semaine ISO du run le plus récent)
  --app NAME             application nommée dans le titre du rapport (par défaut Streamlit)
  --environment TEXT     hébergement nommé dans le rapport (par défaut Streamlit Cloud)
  --action TEXT          action de la semaine suivante (par défaut : déduite de la décision)
  --db CONNINFO          la table de suivi : ce que le serveur a enregistré pendant chaque
                         test, à côté des chiffres du générateur ; report : aussi la
                         section production (7 jours, dernières 48 h, indication, accord)
  --events FILE          la même chose depuis un export CSV de la table
  --now TIME             avec --events : le « maintenant » des vues (par défaut : le dernier
                         événement du fichier)
  --out FILE             écrit dans FILE de façon atomique (n&apos;écrase rien sans --force)
  --force                autorise --out à remplacer un fichier existant
  --fail-on watch|no-go  sort avec le code 1 si la décision de la fenêtre est à ce niveau ou pire

Décisions : GO, WATCH, NO-GO, ou NON CONCLUANT quand les preuves ne portent pas de
décision : un run invalide (un fichier endommagé, des copies qui divergent, des valeurs
impossibles, un temps qui recule, un générateur de charge incapable de tenir la charge, un
script de test en échec dès son début), des preuves incomplètes (un critère requis non
évalué : pas de palier cible, transaction clé absente ou avec trop peu de requêtes), ou des
runs qui divergent (à relancer). Un run invalide est nommé avec ses raisons et ne rend
jamais une décision meilleure.

Codes de sortie : 0 succès, 1 seuil bloquant franchi (--fail-on ; NON CONCLUANT franchit
tous les seuils), 2 mauvais usage ou entrée invalide (aussi : aucun run valide pour
décider), 3 base de données injoignable ou requête en échec.
</translation>
    </message>
    <message>
        <source>palier: %1</source>
        <translation>palier : %1</translation>
    </message>
    <message>
        <source>
The report as a document (desktop build), with the charts of the newest run and
the colours as chips, paths relative to the results folder (docs/report.md):
  palier report --format html [--out FILE] PATH...   one self-contained HTML file
  palier report --format pdf --out FILE PATH...      an A4 PDF (--out required)
</source>
        <translation>
Le rapport en document (version de bureau), avec les graphiques du run le plus récent,
les couleurs en pastilles et les chemins relatifs au dossier des résultats (docs/report.md) :
  palier report --format html [--out FICHIER] CHEMIN...   un seul fichier HTML autonome
  palier report --format pdf --out FICHIER CHEMIN...      un PDF A4 (--out obligatoire)
</translation>
    </message>
    <message>
        <source>--format %1: only for report (analyze: json, md or text)</source>
        <translation>--format %1 : seulement pour report (analyze : json, md ou text)</translation>
    </message>
    <message>
        <source>--format %1: HTML and PDF reports need the desktop build of palier</source>
        <translation>--format %1 : les rapports HTML et PDF demandent la version de bureau de palier</translation>
    </message>
    <message>
        <source>--format pdf: give --out FILE</source>
        <translation>--format pdf : indiquez --out FICHIER</translation>
    </message>
    <message>
        <source>--format: expected json, md or text (report: also html or pdf), got &apos;%1&apos;</source>
        <translation>--format : json, md ou text attendu (report : aussi html ou pdf), reçu « %1 »</translation>
    </message>
    <message>
        <source>palier report: the %1 could not be rendered</source>
        <translation>palier report : le %1 n’a pas pu être produit</translation>
    </message>
</context>
<context>
    <name>palier::Db</name>
    <message>
        <source>table name %1: unexpected character after a closing double quote</source>
        <translation>nom de table %1 : caractère inattendu après un guillemet double fermant</translation>
    </message>
    <message>
        <source>table name %1: unbalanced double quote</source>
        <translation>nom de table %1 : guillemet double non fermé</translation>
    </message>
    <message>
        <source>table name %1: expected TABLE or SCHEMA.TABLE (quote names that contain a dot)</source>
        <translation>nom de table %1 : TABLE ou SCHEMA.TABLE attendu (mettez entre guillemets les noms qui contiennent un point)</translation>
    </message>
    <message>
        <source>table name %1: empty name</source>
        <translation>nom de table %1 : nom vide</translation>
    </message>
    <message>
        <source>no connection to cancel</source>
        <translation>aucune connexion à annuler</translation>
    </message>
    <message>
        <source>invalid connection string: %1</source>
        <translation>chaîne de connexion invalide : %1</translation>
    </message>
    <message>
        <source>out of memory</source>
        <translation>mémoire insuffisante</translation>
    </message>
    <message>
        <source>cannot connect: %1</source>
        <translation>connexion impossible : %1</translation>
    </message>
    <message>
        <source>unknown time zone &apos;%1&apos; (PostgreSQL: %2)</source>
        <translation>fuseau horaire inconnu « %1 » (PostgreSQL : %2)</translation>
    </message>
    <message>
        <source>the session could not be made read-only</source>
        <translation>impossible de passer la session en lecture seule</translation>
    </message>
    <message>
        <source>table %1 not found on the search_path of the database</source>
        <translation>table %1 introuvable dans le search_path de la base</translation>
    </message>
    <message>
        <source>table %1 not found</source>
        <translation>table %1 introuvable</translation>
    </message>
    <message>
        <source>&quot;%1&quot;</source>
        <translation>« %1 »</translation>
    </message>
    <message>
        <source>&quot;%1&quot; (%2)</source>
        <translation>« %1 » (%2)</translation>
    </message>
    <message>
        <source>table %1 has no column %2; name the right ones with --column ROLE=NAME</source>
        <translation>la table %1 n&apos;a pas de colonne %2 ; indiquez les bonnes avec --column ROLE=NAME</translation>
    </message>
    <message>
        <source>permission denied: this role cannot read column %1 of %2</source>
        <translation>permission refusée : ce rôle ne peut pas lire la colonne %1 de %2</translation>
    </message>
    <message>
        <source>column %1 of %2 is %3, not a number of milliseconds</source>
        <translation>la colonne %1 de %2 est de type %3, pas un nombre de millisecondes</translation>
    </message>
    <message>
        <source>column %1 of %2 is %3, not a timestamp</source>
        <translation>la colonne %1 de %2 est de type %3, pas un horodatage</translation>
    </message>
    <message>
        <source>cannot quote a name: %1</source>
        <translation>impossible de citer un nom : %1</translation>
    </message>
    <message>
        <source>not connected</source>
        <translation>non connecté</translation>
    </message>
    <message>
        <source>connection to the server lost: %1</source>
        <translation>connexion au serveur perdue : %1</translation>
    </message>
    <message>
        <source>query cancelled</source>
        <translation>requête annulée</translation>
    </message>
    <message>
        <source>query stopped by the statement timeout (%1 ms)</source>
        <translation>requête arrêtée par le délai maximal d&apos;instruction (%1 ms)</translation>
    </message>
    <message>
        <source>refused, the session is read-only: %1</source>
        <translation>refusé, la session est en lecture seule : %1</translation>
    </message>
    <message>
        <source>query failed: %1</source>
        <translation>échec de la requête : %1</translation>
    </message>
    <message>
        <source>(invalid connection string)</source>
        <translation>(chaîne de connexion invalide)</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>n/d</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>WATCH when p95 %1 %2 ms or error rate %3 %4 %; NO_GO when p95 %5 %6 ms or error rate %7 %8 %</source>
        <translation>WATCH si p95 %1 %2 ms ou taux d&apos;erreur %3 %4 % ; NO_GO si p95 %5 %6 ms ou taux d&apos;erreur %7 %8 %</translation>
    </message>
    <message numerus="yes">
        <source>Production monitoring, last %n day(s) (%1)
</source>
        <translation>
            <numerusform>Suivi de production, dernier jour (%1)
</numerusform>
            <numerusform>Suivi de production, %n derniers jours (%1)
</numerusform>
        </translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Événements</translation>
    </message>
    <message>
        <source>Active sessions</source>
        <translation>Sessions actives</translation>
    </message>
    <message>
        <source>Searches (%1)</source>
        <translation>Recherches (%1)</translation>
    </message>
    <message>
        <source>Average search</source>
        <translation>Recherche moyenne</translation>
    </message>
    <message>
        <source>p95 search</source>
        <translation>p95 recherche</translation>
    </message>
    <message>
        <source>Error rate</source>
        <translation>Taux d&apos;erreur</translation>
    </message>
    <message numerus="yes">
        <source>Searches per hour, last %n hour(s) (%1, time zone %2)
</source>
        <translation>
            <numerusform>Recherches par heure, dernière heure (%1, fuseau horaire %2)
</numerusform>
            <numerusform>Recherches par heure, %n dernières heures (%1, fuseau horaire %2)
</numerusform>
        </translation>
    </message>
    <message>
        <source>  no event in the window
</source>
        <translation>  aucun événement dans la fenêtre
</translation>
    </message>
    <message>
        <source>Hour</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Searches</source>
        <translation>Recherches</translation>
    </message>
    <message>
        <source>p95 (ms)</source>
        <translation>p95 (ms)</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Erreurs</translation>
    </message>
    <message numerus="yes">
        <source>Decision hint, last %n day(s) (%1): %2
</source>
        <translation>
            <numerusform>Indication de décision, dernier jour (%1) : %2
</numerusform>
            <numerusform>Indication de décision, %n derniers jours (%1) : %2
</numerusform>
        </translation>
    </message>
    <message>
        <source>  p95 %1: %2
</source>
        <translation>  p95 %1 : %2
</translation>
    </message>
    <message>
        <source>  Error rate: %1
</source>
        <translation>  Taux d&apos;erreur : %1
</translation>
    </message>
    <message numerus="yes">
        <source>## Production monitoring, last %n day(s)

</source>
        <translation>
            <numerusform>## Suivi de production, dernier jour

</numerusform>
            <numerusform>## Suivi de production, %n derniers jours

</numerusform>
        </translation>
    </message>
    <message>
        <source>Table `%1`.

</source>
        <translation>Table `%1`.

</translation>
    </message>
    <message>
        <source>| Metric | Value |
|---|---:|
</source>
        <translation>| Indicateur | Valeur |
|---|---:|
</translation>
    </message>
    <message>
        <source>| Events | %1 |
</source>
        <translation>| Événements | %1 |
</translation>
    </message>
    <message>
        <source>| Active sessions | %1 |
</source>
        <translation>| Sessions actives | %1 |
</translation>
    </message>
    <message>
        <source>| Searches (`%1`) | %2 |
</source>
        <translation>| Recherches (`%1`) | %2 |
</translation>
    </message>
    <message>
        <source>| Average search | %1 |
</source>
        <translation>| Recherche moyenne | %1 |
</translation>
    </message>
    <message>
        <source>| p95 search | %1 |
</source>
        <translation>| p95 recherche | %1 |
</translation>
    </message>
    <message>
        <source>| Error rate | %1 |
</source>
        <translation>| Taux d&apos;erreur | %1 |
</translation>
    </message>
    <message numerus="yes">
        <source>## Searches per hour, last %n hour(s)

</source>
        <translation>
            <numerusform>## Recherches par heure, dernière heure

</numerusform>
            <numerusform>## Recherches par heure, %n dernières heures

</numerusform>
        </translation>
    </message>
    <message>
        <source>Table `%1`, time zone %2.

</source>
        <translation>Table `%1`, fuseau horaire %2.

</translation>
    </message>
    <message>
        <source>No event in the window.
</source>
        <translation>Aucun événement dans la fenêtre.
</translation>
    </message>
    <message>
        <source>| Hour | Searches | p95 (ms) | Errors |
|---|---:|---:|---:|
</source>
        <translation>| Heure | Recherches | p95 (ms) | Erreurs |
|---|---:|---:|---:|
</translation>
    </message>
    <message numerus="yes">
        <source>## Production decision hint, last %n day(s)

</source>
        <translation>
            <numerusform>## Indication de décision de la production, dernier jour

</numerusform>
            <numerusform>## Indication de décision de la production, %n derniers jours

</numerusform>
        </translation>
    </message>
    <message>
        <source>**%1** (table `%2`)

</source>
        <translation>**%1** (table `%2`)

</translation>
    </message>
    <message>
        <source>- p95 `%1`: %2
</source>
        <translation>- p95 `%1` : %2
</translation>
    </message>
    <message>
        <source>- Error rate: %1
</source>
        <translation>- Taux d&apos;erreur : %1
</translation>
    </message>
</context>
<context>
    <name>palier::DbCommand</name>
    <message>
        <source>--%1: expected a whole number from 1 to %2, got &apos;%3&apos;</source>
        <translation>--%1 : nombre entier de 1 à %2 attendu, reçu « %3 »</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation>argument inattendu « %1 »</translation>
    </message>
    <message>
        <source>--format: expected json, text or md, got &apos;%1&apos;</source>
        <translation>--format : json, text ou md attendu, reçu « %1 »</translation>
    </message>
    <message>
        <source>--column: expected ROLE=NAME with ROLE one of %1, got &apos;%2&apos;</source>
        <translation>--column : ROLE=NAME attendu, ROLE parmi %1, reçu « %2 »</translation>
    </message>
    <message>
        <source>-- Palier never runs these; a DBA may, when the table holds much more than the
-- windows Palier reads. CONCURRENTLY avoids blocking the application&apos;s writes.
</source>
        <translation>-- Palier ne les exécute jamais ; un DBA peut le faire quand la table contient bien plus
-- que les fenêtres lues par Palier. CONCURRENTLY évite de bloquer les écritures de l&apos;application.
</translation>
    </message>
    <message>
        <source>--db: invalid connection string: %1</source>
        <translation>--db : chaîne de connexion invalide : %1</translation>
    </message>
    <message>
        <source>--tz: give a time zone, e.g. Europe/Paris</source>
        <translation>--tz : indiquez un fuseau horaire, par exemple Europe/Paris</translation>
    </message>
    <message>
        <source>--key: the key transaction cannot be empty</source>
        <translation>--key : la transaction clé ne peut pas être vide</translation>
    </message>
    <message>
        <source>--fail-on: expected watch or no-go, got &apos;%1&apos;</source>
        <translation>--fail-on : watch ou no-go attendu, reçu « %1 »</translation>
    </message>
    <message>
        <source>give a view: summary, hourly, decision or all (see palier db --help)</source>
        <translation>indiquez une vue : summary, hourly, decision ou all (voir palier db --help)</translation>
    </message>
    <message>
        <source>unknown view &apos;%1&apos; (expected summary, hourly, decision, all or index-ddl)</source>
        <translation>vue inconnue « %1 » (attendu : summary, hourly, decision, all ou index-ddl)</translation>
    </message>
    <message>
        <source>--fail-on applies to db decision and db all</source>
        <translation>--fail-on s&apos;applique à db decision et db all</translation>
    </message>
    <message>
        <source>--days applies to db summary, decision and all; hourly takes --hours</source>
        <translation>--days s&apos;applique à db summary, decision et all ; hourly prend --hours</translation>
    </message>
    <message>
        <source>--hours applies to db hourly and db all; summary and decision take --days</source>
        <translation>--hours s&apos;applique à db hourly et db all ; summary et decision prennent --days</translation>
    </message>
    <message>
        <source>Usage:
  palier db summary  --db CONNINFO [--days N]   the 7-day view of app_monitoring_events
  palier db hourly   --db CONNINFO [--hours N]  searches / p95 / errors per hour
  palier db decision --db CONNINFO [--days N]   the production decision hint
  palier db all      --db CONNINFO [--days N] [--hours N]
                                                the three views from one scan
  palier db index-ddl [--table NAME]            indexes a DBA may add (printed, never run)
  palier db VIEW --events FILE [--now TIME]     the same views from a CSV export of the
                                                table (plain or gzip), no database needed

Options:
  --db CONNINFO            libpq connection string or URI (passwords: PGPASSWORD,
                           ~/.pgpass or the service file, as libpq does)
  --events FILE            a CSV export of the table (\copy TABLE TO &apos;FILE&apos; CSV HEADER)
  --now TIME               the views&apos; now for --events, e.g. 2026-11-22T14:00:00+01:00
                           (default: the file&apos;s last event)
  --duration-type TYPE     integer, numeric or float: the column&apos;s type for --events
                           (default: read from the values)
  --days N / --hours N     windows (default 7 days, 48 hours)
  --tz ZONE                time zone of the hour slots (default TZ, else the system&apos;s)
  --format json|text|md    output format (default text)
  --profile FILE           grid profile: key transaction and decision thresholds
  --key NAME               key transaction (default from the profile: athlete_search)
  --table NAME             table, optionally SCHEMA.TABLE (default app_monitoring_events)
  --column ROLE=NAME       column names (roles: session_id, event_type, status,
                           duration_ms, created_at); repeat as needed
  --ok-status TEXT         status of a successful event (default ok)
  --error-status TEXT      status of a failed event (default error)
  --statement-timeout MS   stop a query after MS milliseconds (default 120000)
  --hash-mem SIZE          memory for the session&apos;s hash tables (default 64MB)
  --out FILE [--force]     write to FILE atomically
  --fail-on watch|no-go    decision, all: exit 1 when the hint is at or worse than that

The session is read-only. Exit codes: 0 success, 1 gate failed, 2 bad usage,
3 database unreachable or query failed.
</source>
        <translation>Utilisation :
  palier db summary  --db CONNINFO [--days N]   la vue sur 7 jours de app_monitoring_events
  palier db hourly   --db CONNINFO [--hours N]  recherches / p95 / erreurs par heure
  palier db decision --db CONNINFO [--days N]   l&apos;indication de décision de la production
  palier db all      --db CONNINFO [--days N] [--hours N]
                                                les trois vues en un seul parcours
  palier db index-ddl [--table NAME]            index qu&apos;un DBA peut ajouter (affichés, jamais exécutés)
  palier db VIEW --events FILE [--now TIME]     les mêmes vues depuis un export CSV de la table
                                                (brut ou gzip), sans base de données

Options :
  --db CONNINFO            chaîne de connexion ou URI libpq (mots de passe : PGPASSWORD,
                           ~/.pgpass ou le fichier de service, comme libpq)
  --events FILE            un export CSV de la table (\copy TABLE TO &apos;FILE&apos; CSV HEADER)
  --now TIME               le « maintenant » des vues pour --events, p. ex. 2026-11-22T14:00:00+01:00
                           (par défaut : le dernier événement du fichier)
  --duration-type TYPE     integer, numeric ou float : le type de la colonne pour --events
                           (par défaut : déduit des valeurs)
  --days N / --hours N     fenêtres (par défaut 7 jours, 48 heures)
  --tz ZONE                fuseau des tranches horaires (par défaut TZ, sinon celui du système)
  --format json|text|md    format de sortie (par défaut text)
  --profile FILE           profil de grille : transaction clé et seuils de décision
  --key NAME               transaction clé (par défaut celle du profil : athlete_search)
  --table NAME             table, éventuellement SCHEMA.TABLE (par défaut app_monitoring_events)
  --column ROLE=NAME       noms des colonnes (rôles : session_id, event_type, status,
                           duration_ms, created_at) ; à répéter au besoin
  --ok-status TEXT         statut d&apos;un événement réussi (par défaut ok)
  --error-status TEXT      statut d&apos;un événement en échec (par défaut error)
  --statement-timeout MS   arrête une requête après MS millisecondes (par défaut 120000)
  --hash-mem SIZE          mémoire des tables de hachage de la session (par défaut 64MB)
  --out FILE [--force]     écrit dans FILE de façon atomique
  --fail-on watch|no-go    decision, all : code de sortie 1 si l&apos;indication est à ce niveau ou pire

La session est en lecture seule. Codes de sortie : 0 succès, 1 seuil bloquant franchi,
2 mauvais usage, 3 base de données injoignable ou requête en échec.
</translation>
    </message>
    <message>
        <source>give --db or --events, not both</source>
        <translation>donnez --db ou --events, pas les deux</translation>
    </message>
    <message>
        <source>--db CONNINFO or --events FILE is required (a libpq connection string or a CSV export of the table)</source>
        <translation>--db CONNINFO ou --events FILE est requis (une chaîne de connexion libpq ou un export CSV de la table)</translation>
    </message>
    <message>
        <source>--%1 applies to --db only</source>
        <translation>--%1 ne s&apos;applique qu&apos;à --db</translation>
    </message>
    <message>
        <source>--%1 applies to --events only</source>
        <translation>--%1 ne s&apos;applique qu&apos;à --events</translation>
    </message>
    <message>
        <source>--tz: unknown time zone &apos;%1&apos;</source>
        <translation>--tz : fuseau horaire inconnu &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--duration-type: expected integer, numeric or float, got &apos;%1&apos;</source>
        <translation>--duration-type : integer, numeric ou float attendu, reçu &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--now: expected a date and time such as 2026-11-22T14:00:00+01:00, got &apos;%1&apos;</source>
        <translation>--now : date et heure attendues, comme 2026-11-22T14:00:00+01:00, reçu &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Events from %1; now = %2 (the file&apos;s last event).
</source>
        <translation>Événements de %1 ; maintenant = %2 (le dernier événement du fichier).
</translation>
    </message>
    <message>
        <source>Events from %1; now = %2 (--now).
</source>
        <translation>Événements de %1 ; maintenant = %2 (--now).
</translation>
    </message>
    <message>
        <source>Events from %1 (no event); now = %2 (this computer&apos;s clock).
</source>
        <translation>Événements de %1 (aucun événement) ; maintenant = %2 (l&apos;horloge de cet ordinateur).
</translation>
    </message>
</context>
<context>
    <name>palier::Findings</name>
    <message>
        <source>: file skipped</source>
        <translation> : fichier ignoré</translation>
    </message>
    <message>
        <source>not UTF-8: text decoded as GB18030/GBK (Chinese Windows locale)</source>
        <translation>pas en UTF-8 : texte décodé en GB18030/GBK (paramètres régionaux Windows chinois)</translation>
    </message>
    <message>
        <source>not UTF-8: names decoded as Latin-1 and may show wrong characters</source>
        <translation>pas en UTF-8 : noms décodés en Latin-1, certains caractères peuvent être faux</translation>
    </message>
    <message>
        <source>text is not valid UTF-8 from here: decoded as GB18030/GBK</source>
        <translation>texte en UTF-8 invalide à partir d&apos;ici : décodé en GB18030/GBK</translation>
    </message>
    <message>
        <source>text is not valid UTF-8 from here: decoded as Latin-1</source>
        <translation>texte en UTF-8 invalide à partir d&apos;ici : décodé en Latin-1</translation>
    </message>
    <message>
        <source>text encoded as UTF-16 (%1): decoded</source>
        <translation>texte encodé en UTF-16 (%1) : décodé</translation>
    </message>
    <message>
        <source>the file ends inside a quoted field opened on this line (truncated file?)</source>
        <translation>le fichier se termine dans un champ entre guillemets ouvert sur cette ligne (fichier tronqué ?)</translation>
    </message>
    <message>
        <source>binary data (NUL byte): not a text CSV file</source>
        <translation>données binaires (octet NUL) : pas un fichier CSV texte</translation>
    </message>
    <message>
        <source>record longer than %1 MB (unterminated quote or not a CSV file)</source>
        <translation>enregistrement de plus de %1 Mo (guillemet non fermé ou fichier non CSV)</translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation>illisible : %1</translation>
    </message>
    <message>
        <source>empty file: no CSV header</source>
        <translation>fichier vide : pas d&apos;en-tête CSV</translation>
    </message>
    <message>
        <source>not a Locust or k6 result file</source>
        <translation>pas un fichier de résultats Locust ou k6</translation>
    </message>
    <message>
        <source>no such file, folder or result prefix</source>
        <translation>fichier, dossier ou préfixe de résultats introuvable</translation>
    </message>
    <message>
        <source>no Locust or k6 result files found</source>
        <translation>aucun fichier de résultats Locust ou k6 trouvé</translation>
    </message>
    <message>
        <source>no reader for this result set</source>
        <translation>aucun lecteur pour cet ensemble de résultats</translation>
    </message>
    <message>
        <source>unknown report language &apos;%1&apos; (fr or en)</source>
        <translation>langue de rapport inconnue « %1 » (fr ou en)</translation>
    </message>
    <message>
        <source>invalid --week &apos;%1&apos;: expected YYYY-Www, e.g. 2026-W47</source>
        <translation>--week invalide « %1 » : YYYY-Www attendu, par exemple 2026-W47</translation>
    </message>
    <message>
        <source>not a k6 result file (CSV, NDJSON or summary JSON, plain or gzip)</source>
        <translation>pas un fichier de résultats k6 (CSV, NDJSON ou résumé JSON, brut ou gzip)</translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation>pas un fichier ordinaire</translation>
    </message>
    <message>
        <source>no file in this result set</source>
        <translation>aucun fichier dans cet ensemble de résultats</translation>
    </message>
    <message>
        <source>internal error: unconsumed tail of %1 bytes</source>
        <translation>erreur interne : %1 octets de fin non lus</translation>
    </message>
    <message>
        <source>the header does not start with metric_name: not a k6 CSV output</source>
        <translation>l&apos;en-tête ne commence pas par metric_name : pas une sortie CSV de k6</translation>
    </message>
    <message>
        <source>the header has %1 columns, more than the %2 Palier reads</source>
        <translation>l&apos;en-tête a %1 colonnes, plus que les %2 lues par Palier</translation>
    </message>
    <message>
        <source>the header has no %1 column: not a k6 CSV output</source>
        <translation>l&apos;en-tête n&apos;a pas de colonne %1 : pas une sortie CSV de k6</translation>
    </message>
    <message>
        <source>the header line is longer than %1 bytes</source>
        <translation>la ligne d&apos;en-tête dépasse %1 octets</translation>
    </message>
    <message>
        <source>%1 row with %2 of %3 columns: cut or damaged line, skipped</source>
        <translation>ligne %1 avec %2 colonnes sur %3 : ligne coupée ou abîmée, ignorée</translation>
    </message>
    <message>
        <source>metric value &quot;%1&quot; is not a number, row skipped</source>
        <translation>la valeur de métrique « %1 » n&apos;est pas un nombre, ligne ignorée</translation>
    </message>
    <message>
        <source>timestamp &quot;%1&quot; is not a k6 time, row skipped</source>
        <translation>l&apos;horodatage « %1 » n&apos;est pas une heure k6, ligne ignorée</translation>
    </message>
    <message>
        <source>not a k6 metric row (%1 field(s)), skipped</source>
        <translation>pas une ligne de métrique k6 (%1 champ(s)), ignorée</translation>
    </message>
    <message>
        <source>line longer than %1 bytes, skipped as damaged</source>
        <translation>ligne de plus de %1 octets, ignorée comme abîmée</translation>
    </message>
    <message>
        <source>not valid JSON (%1), line skipped</source>
        <translation>JSON invalide (%1), ligne ignorée</translation>
    </message>
    <message>
        <source>not a k6 JSON record, line skipped</source>
        <translation>pas un enregistrement JSON de k6, ligne ignorée</translation>
    </message>
    <message>
        <source>not a k6 JSON record (type &quot;%1&quot;), line skipped</source>
        <translation>pas un enregistrement JSON de k6 (type « %1 »), ligne ignorée</translation>
    </message>
    <message>
        <source>%1 point without a numeric value, line skipped</source>
        <translation>point %1 sans valeur numérique, ligne ignorée</translation>
    </message>
    <message>
        <source>time &quot;%1&quot; is not an RFC 3339 time, line skipped</source>
        <translation>l&apos;heure « %1 » n&apos;est pas au format RFC 3339, ligne ignorée</translation>
    </message>
    <message>
        <source>%1 more damaged lines not listed</source>
        <translation>%1 autres lignes abîmées non listées</translation>
    </message>
    <message>
        <source>gzip checksum mismatch</source>
        <translation>somme de contrôle gzip incorrecte</translation>
    </message>
    <message>
        <source>invalid gzip header</source>
        <translation>en-tête gzip invalide</translation>
    </message>
    <message>
        <source>unsupported gzip compression method</source>
        <translation>méthode de compression gzip non prise en charge</translation>
    </message>
    <message>
        <source>invalid deflate data (code %1)</source>
        <translation>données deflate invalides (code %1)</translation>
    </message>
    <message>
        <source>%1</source>
        <translation>%1</translation>
    </message>
    <message>
        <source>the gzip data ends early (truncated file)</source>
        <translation>les données gzip s&apos;arrêtent trop tôt (fichier tronqué)</translation>
    </message>
    <message>
        <source>not readable as gzip: %1</source>
        <translation>illisible en gzip : %1</translation>
    </message>
    <message>
        <source>the gzip data ends early (truncated file): the run&apos;s end after this line is missing</source>
        <translation>les données gzip s&apos;arrêtent trop tôt (fichier tronqué) : la fin du run après cette ligne manque</translation>
    </message>
    <message>
        <source>the gzip data is damaged after this line (%1): the rest of the file is unreadable</source>
        <translation>les données gzip sont abîmées après cette ligne (%1) : le reste du fichier est illisible</translation>
    </message>
    <message>
        <source>%1 bytes after the end of the gzip data were ignored</source>
        <translation>%1 octets après la fin des données gzip ont été ignorés</translation>
    </message>
    <message>
        <source>no http_req_duration samples: no HTTP requests to analyse</source>
        <translation>aucun échantillon http_req_duration : aucune requête HTTP à analyser</translation>
    </message>
    <message>
        <source>no usable http_req_duration samples (%1 damaged lines; first: line %2: %3)</source>
        <translation>aucun échantillon http_req_duration utilisable (%1 lignes abîmées ; la première : ligne %2 : %3)</translation>
    </message>
    <message>
        <source>the run spans %1 hours: its series has one point every %2 s</source>
        <translation>le run couvre %1 heures : sa série a un point toutes les %2 s</translation>
    </message>
    <message>
        <source>%1 requests of the setup/teardown groups count in the run total, as in k6&apos;s summary, but in no endpoint, stage or series</source>
        <translation>%1 requêtes des groupes setup/teardown comptent dans le total du run, comme dans le résumé de k6, mais dans aucun point d&apos;accès, palier ou série</translation>
    </message>
    <message>
        <source>%1 rows more than 24 days away from the run&apos;s start were skipped</source>
        <translation>%1 lignes éloignées de plus de 24 jours du début du run ont été ignorées</translation>
    </message>
    <message>
        <source>skipped %1 rows of metrics that are not k6 built-ins: %2</source>
        <translation>%1 lignes de métriques non intégrées à k6 ignorées : %2</translation>
    </message>
    <message>
        <source>more than %1 distinct request names: the rest are counted as &quot;(other names)&quot;</source>
        <translation>plus de %1 noms de requêtes distincts : les autres sont comptés sous &quot;(other names)&quot;</translation>
    </message>
    <message>
        <source>no vus samples: the run has no stages</source>
        <translation>aucun échantillon vus : le run n&apos;a pas de paliers</translation>
    </message>
    <message>
        <source>the vus gauge never held a level for two samples in a row: the run has no stages (ramps only)</source>
        <translation>la jauge vus n&apos;a jamais tenu un niveau deux échantillons de suite : le run n&apos;a pas de paliers (rampes seulement)</translation>
    </message>
    <message>
        <source>%1 VUs were held in two separate plateaus: they are two stages</source>
        <translation>%1 VU ont été tenus sur deux plateaux séparés : ce sont deux paliers</translation>
    </message>
    <message>
        <source>the stage at %1 VUs has no completed request</source>
        <translation>le palier à %1 VU n&apos;a aucune requête terminée</translation>
    </message>
    <message>
        <source>k6 dropped %1 iterations in the stage at %2 VUs (no VU free to start them): a saturation signal, the stage is left out of the knee</source>
        <translation>k6 a abandonné %1 itérations au palier de %2 VU (aucun VU libre pour les lancer) : un signal de saturation, le palier est écarté du calcul du coude</translation>
    </message>
    <message>
        <source>larger than %1 MB: not a k6 summary</source>
        <translation>plus de %1 Mo : pas un résumé k6</translation>
    </message>
    <message>
        <source>inflates to more than %1 MB: not a k6 summary</source>
        <translation>plus de %1 Mo une fois décompressé : pas un résumé k6</translation>
    </message>
    <message>
        <source>not valid JSON: %1</source>
        <translation>JSON invalide : %1</translation>
    </message>
    <message>
        <source>no &quot;metrics&quot; object: not a k6 summary</source>
        <translation>pas d&apos;objet &quot;metrics&quot; : pas un résumé k6</translation>
    </message>
    <message>
        <source>the summary has no http_reqs or http_req_duration metric: no HTTP requests to analyse</source>
        <translation>le résumé n&apos;a pas de métrique http_reqs ni http_req_duration : aucune requête HTTP à analyser</translation>
    </message>
    <message>
        <source>k6 summary (%1): run-level figures only, no stages, time series or per-endpoint figures</source>
        <translation>résumé k6 (%1) : chiffres globaux du run uniquement, sans paliers, séries temporelles ni chiffres par point d&apos;accès</translation>
    </message>
    <message>
        <source>no http_reqs metric: the request count is unknown</source>
        <translation>pas de métrique http_reqs : le nombre de requêtes est inconnu</translation>
    </message>
    <message>
        <source>no http_req_failed metric: the failures and the error rate are unknown</source>
        <translation>pas de métrique http_req_failed : les échecs et le taux d'erreur sont inconnus</translation>
    </message>
    <message>
        <source>no http_req_duration metric: latencies are unknown</source>
        <translation>pas de métrique http_req_duration : les latences sont inconnues</translation>
    </message>
    <message>
        <source>the summary has no p(95) for http_req_duration (summaryTrendStats: %1): p95 is unknown</source>
        <translation>le résumé n&apos;a pas de p(95) pour http_req_duration (summaryTrendStats : %1) : le p95 est inconnu</translation>
    </message>
    <message>
        <source>k6 threshold failed: %1 %2</source>
        <translation>seuil k6 non respecté : %1 %2</translation>
    </message>
    <message>
        <source>not a Locust CSV: header &quot;%1&quot; matches no Locust file</source>
        <translation>pas un CSV Locust : l&apos;en-tête « %1 » ne correspond à aucun fichier Locust</translation>
    </message>
    <message>
        <source>not a Locust %1 header</source>
        <translation>pas un en-tête %1 de Locust</translation>
    </message>
    <message>
        <source>not a Locust stats_history.csv header: no Timestamp or Name column</source>
        <translation>pas un en-tête stats_history.csv de Locust : pas de colonne Timestamp ni Name</translation>
    </message>
    <message>
        <source>not a Locust stats file: no Name or request count column</source>
        <translation>pas un fichier de statistiques Locust : pas de colonne Name ni de nombre de requêtes</translation>
    </message>
    <message>
        <source>no Locust files in this result set</source>
        <translation>aucun fichier Locust dans cet ensemble de résultats</translation>
    </message>
    <message>
        <source>row has %1 fields where the header has %2: row skipped</source>
        <translation>la ligne a %1 champs là où l&apos;en-tête en a %2 : ligne ignorée</translation>
    </message>
    <message>
        <source>&quot;%1&quot; in column &quot;%2&quot; is not a number: row skipped</source>
        <translation>« %1 » dans la colonne « %2 » n&apos;est pas un nombre : ligne ignorée</translation>
    </message>
    <message>
        <source>&quot;%1&quot; in column &quot;%2&quot; is not a count: row skipped</source>
        <translation>« %1 » dans la colonne « %2 » n&apos;est pas un compte : ligne ignorée</translation>
    </message>
    <message>
        <source>no Timestamp: row skipped</source>
        <translation>pas de Timestamp : ligne ignorée</translation>
    </message>
    <message>
        <source>a second Aggregated row: the last one is used</source>
        <translation>une deuxième ligne Aggregated : la dernière est retenue</translation>
    </message>
    <message>
        <source>no _distribution.csv beside it: percentiles unknown</source>
        <translation>pas de _distribution.csv à côté : percentiles inconnus</translation>
    </message>
    <message>
        <source>a _distribution.csv without its _requests.csv: no request counts, file not used</source>
        <translation>un _distribution.csv sans son _requests.csv : pas de nombres de requêtes, fichier non utilisé</translation>
    </message>
    <message>
        <source>no stats_history.csv: stage times unknown</source>
        <translation>pas de stats_history.csv : horaires du palier inconnus</translation>
    </message>
    <message>
        <source>no stats_history.csv: users from the name, stage times unknown</source>
        <translation>pas de stats_history.csv : utilisateurs tirés du nom, horaires du palier inconnus</translation>
    </message>
    <message>
        <source>no stats.csv: whole-run figures taken from the last history row</source>
        <translation>pas de stats.csv : chiffres du run entier tirés de la dernière ligne de l&apos;historique</translation>
    </message>
    <message>
        <source>no stats.csv nor stats_history.csv: no request figures, only the failures</source>
        <translation>ni stats.csv ni stats_history.csv : aucun chiffre de requêtes, seulement les échecs</translation>
    </message>
    <message>
        <source>stats.csv is rewritten every second and not at exit: totals can miss Locust&apos;s last second</source>
        <translation>stats.csv est réécrit chaque seconde mais pas à l&apos;arrêt : il peut manquer la dernière seconde de Locust dans les totaux</translation>
    </message>
    <message>
        <source>history ends about %1 s before the last request stats.csv counted (Locust flushes it every %2 s and not at exit)</source>
        <translation>l&apos;historique s&apos;arrête environ %1 s avant la dernière requête comptée par stats.csv (Locust l&apos;écrit toutes les %2 s, pas à l&apos;arrêt)</translation>
    </message>
    <message>
        <source>history ends on the stop row (User Count %1): the seconds after it are not recorded</source>
        <translation>l&apos;historique se termine sur la ligne d&apos;arrêt (User Count %1) : les secondes suivantes ne sont pas enregistrées</translation>
    </message>
    <message>
        <source>the name says %1 users but the history holds %2: %2 used</source>
        <translation>le nom indique %1 utilisateurs mais l&apos;historique en contient %2 : %2 retenus</translation>
    </message>
    <message>
        <source>this stage&apos;s history steps through several user counts: the stage is the level held longest (%1 users)</source>
        <translation>l&apos;historique de ce palier passe par plusieurs nombres d&apos;utilisateurs : le palier est le niveau tenu le plus longtemps (%1 utilisateurs)</translation>
    </message>
    <message>
        <source>no User Count in the history: users from the name, the plateau includes the ramp</source>
        <translation>pas de User Count dans l&apos;historique : utilisateurs tirés du nom, le plateau inclut la rampe</translation>
    </message>
    <message>
        <source>user level unknown for %1: not a stage of this run</source>
        <translation>niveau d&apos;utilisateurs inconnu pour %1 : pas un palier de ce run</translation>
    </message>
    <message>
        <source>user count unknown (no stats_history.csv with User Count, none in the name): whole-run figures only, no stages</source>
        <translation>nombre d&apos;utilisateurs inconnu (pas de stats_history.csv avec User Count, aucun dans le nom) : chiffres du run entier uniquement, sans paliers</translation>
    </message>
    <message>
        <source>no plateau at one user count: the stage is the level held longest (%1 users for %2 s)</source>
        <translation>aucun plateau à un nombre d&apos;utilisateurs : le palier est le niveau tenu le plus longtemps (%1 utilisateurs pendant %2 s)</translation>
    </message>
    <message>
        <source>history percentiles are cumulative since the start (no --csv-full-history): stage percentiles are unknown; counts, rates and averages are exact</source>
        <translation>les percentiles de l&apos;historique sont cumulés depuis le début (pas de --csv-full-history) : les percentiles des paliers sont inconnus ; comptes, taux et moyennes sont exacts</translation>
    </message>
    <message>
        <source>stage percentiles are estimates: the median of the history&apos;s 10 s windows</source>
        <translation>les percentiles des paliers sont estimés : médiane des fenêtres de 10 s de l&apos;historique</translation>
    </message>
    <message>
        <source>the locustfile raised %1 × %2</source>
        <translation>le locustfile a levé %1 × %2</translation>
    </message>
    <message>
        <source>%1 more kinds of exceptions in the locustfile</source>
        <translation>%1 autres types d&apos;exceptions dans le locustfile</translation>
    </message>
    <message>
        <source>criteria[%1] (%2): </source>
        <translation>criteria[%1] (%2) : </translation>
    </message>
    <message>
        <source>criteria[%1]: </source>
        <translation>criteria[%1] : </translation>
    </message>
    <message>
        <source>window: </source>
        <translation>window : </translation>
    </message>
    <message>
        <source>cannot read the profile: %1</source>
        <translation>impossible de lire le profil : %1</translation>
    </message>
    <message>
        <source>invalid JSON: %1</source>
        <translation>JSON invalide : %1</translation>
    </message>
    <message>
        <source>not a Palier profile: the document must be a JSON object</source>
        <translation>pas un profil Palier : le document doit être un objet JSON</translation>
    </message>
    <message numerus="yes">
        <source>%1 (and %n more problem(s): %2)</source>
        <translation>
            <numerusform>%1 (et %n autre problème : %2)</numerusform>
            <numerusform>%1 (et %n autres problèmes : %2)</numerusform>
        </translation>
    </message>
    <message>
        <source>not a Palier profile: the &quot;palier_profile&quot; version key is missing</source>
        <translation>pas un profil Palier : la clé de version &quot;palier_profile&quot; est absente</translation>
    </message>
    <message>
        <source>unsupported profile version %1 (this Palier reads version %2)</source>
        <translation>version de profil %1 non prise en charge (cette version de Palier lit la version %2)</translation>
    </message>
    <message>
        <source>%1unknown key &quot;%2&quot; (known: %3)</source>
        <translation>%1clé inconnue &quot;%2&quot; (clés connues : %3)</translation>
    </message>
    <message>
        <source>%1&quot;%2&quot; must be a number</source>
        <translation>%1&quot;%2&quot; doit être un nombre</translation>
    </message>
    <message>
        <source>%1&quot;%2&quot; must be a whole number</source>
        <translation>%1&quot;%2&quot; doit être un nombre entier</translation>
    </message>
    <message>
        <source>%1&quot;%2&quot; must be a string</source>
        <translation>%1&quot;%2&quot; doit être une chaîne</translation>
    </message>
    <message>
        <source>%1&quot;%2&quot; must be true or false</source>
        <translation>%1&quot;%2&quot; doit valoir true ou false</translation>
    </message>
    <message>
        <source>&quot;stage_plan&quot; must be a list of user counts, e.g. [5, 20, 50]</source>
        <translation>&quot;stage_plan&quot; doit être une liste de nombres d&apos;utilisateurs, par exemple [5, 20, 50]</translation>
    </message>
    <message>
        <source>&quot;window&quot; must be an object with size, consistency_min, duration_tolerance</source>
        <translation>&quot;window&quot; doit être un objet avec size, consistency_min, duration_tolerance</translation>
    </message>
    <message>
        <source>the profile has no &quot;criteria&quot; list</source>
        <translation>le profil n&apos;a pas de liste &quot;criteria&quot;</translation>
    </message>
    <message>
        <source>&quot;criteria&quot; must be a list of criteria</source>
        <translation>&quot;criteria&quot; doit être une liste de critères</translation>
    </message>
    <message>
        <source>criteria[%1] must be an object</source>
        <translation>criteria[%1] doit être un objet</translation>
    </message>
    <message>
        <source>%1&quot;metric&quot; is missing (one of: %2)</source>
        <translation>%1&quot;metric&quot; est absent (valeurs possibles : %2)</translation>
    </message>
    <message>
        <source>%1unknown metric &quot;%2&quot; (one of: %3)</source>
        <translation>%1métrique inconnue &quot;%2&quot; (valeurs possibles : %3)</translation>
    </message>
    <message>
        <source>%1unknown scope &quot;%2&quot; (one of: target, up_to_target, run)</source>
        <translation>%1portée inconnue &quot;%2&quot; (valeurs possibles : target, up_to_target, run)</translation>
    </message>
    <message>
        <source>%1&quot;%2&quot; limit is missing</source>
        <translation>%1la limite &quot;%2&quot; est absente</translation>
    </message>
    <message>
        <source>the profile needs a non-empty &quot;name&quot;</source>
        <translation>le profil doit avoir un &quot;name&quot; non vide</translation>
    </message>
    <message>
        <source>stage_plan: user levels must be positive (found %1)</source>
        <translation>stage_plan : les niveaux d&apos;utilisateurs doivent être positifs (trouvé %1)</translation>
    </message>
    <message>
        <source>stage_plan: user levels must increase (%1 after %2)</source>
        <translation>stage_plan : les niveaux d&apos;utilisateurs doivent être croissants (%1 après %2)</translation>
    </message>
    <message>
        <source>target_users must be a positive number of users (found %1)</source>
        <translation>target_users doit être un nombre d&apos;utilisateurs positif (trouvé %1)</translation>
    </message>
    <message>
        <source>target_users %1 is not one of the stage_plan levels</source>
        <translation>target_users %1 n&apos;est pas l&apos;un des niveaux de stage_plan</translation>
    </message>
    <message>
        <source>required_stage_duration_s must be a positive number of seconds</source>
        <translation>required_stage_duration_s doit être un nombre de secondes positif</translation>
    </message>
    <message>
        <source>warmup_s must be zero or a positive number of seconds</source>
        <translation>warmup_s doit être nul ou un nombre de secondes positif</translation>
    </message>
    <message>
        <source>warmup_s (%1 s) must be shorter than required_stage_duration_s (%2 s)</source>
        <translation>warmup_s (%1 s) doit être plus court que required_stage_duration_s (%2 s)</translation>
    </message>
    <message>
        <source>window.size must be at least 1 (found %1)</source>
        <translation>window.size doit valoir au moins 1 (trouvé %1)</translation>
    </message>
    <message>
        <source>window.consistency_min must be between 1 and window.size (found %1)</source>
        <translation>window.consistency_min doit être compris entre 1 et window.size (trouvé %1)</translation>
    </message>
    <message>
        <source>window.duration_tolerance must be a fraction in [0, 1), e.g. 0.1 for ±10 %</source>
        <translation>window.duration_tolerance doit être une fraction dans [0, 1[, par exemple 0.1 pour ±10 %</translation>
    </message>
    <message>
        <source>the profile has no criteria</source>
        <translation>le profil n&apos;a aucun critère</translation>
    </message>
    <message>
        <source>%1&quot;id&quot; must be a non-empty word of letters, digits, &apos;_&apos;, &apos;.&apos; or &apos;-&apos;</source>
        <translation>%1« id » doit être un mot non vide fait de lettres, chiffres, « _ », « . » ou « - »</translation>
    </message>
    <message>
        <source>%1the id is used by another criterion</source>
        <translation>%1cet identifiant est déjà utilisé par un autre critère</translation>
    </message>
    <message>
        <source>%1key_only needs a key_transaction in the profile</source>
        <translation>%1key_only demande une key_transaction dans le profil</translation>
    </message>
    <message>
        <source>%1target_stage_held is about the target stage; its scope must be &quot;target&quot;</source>
        <translation>%1target_stage_held porte sur le palier cible ; sa portée doit être « target »</translation>
    </message>
    <message>
        <source>%1throughput is better when higher; set &quot;higher_is_better&quot;: true</source>
        <translation>%1le débit est meilleur quand il est plus haut ; indiquez « higher_is_better »: true</translation>
    </message>
    <message>
        <source>%1%2 is better when lower; &quot;higher_is_better&quot; must be false</source>
        <translation>%1%2 est meilleur quand il est plus bas ; « higher_is_better » doit valoir false</translation>
    </message>
    <message>
        <source>%1&quot;green&quot; and &quot;orange&quot; must be numbers, zero or more</source>
        <translation>%1« green » et « orange » doivent être des nombres positifs ou nuls</translation>
    </message>
    <message>
        <source>%1green limit %2 is above orange limit %3 (lower is better: green &lt;= orange)</source>
        <translation>%1la limite verte %2 est au-dessus de la limite orange %3 (plus bas est meilleur : vert &lt;= orange)</translation>
    </message>
    <message>
        <source>%1green limit %2 is below orange limit %3 (higher is better: green &gt;= orange)</source>
        <translation>%1la limite verte %2 est au-dessous de la limite orange %3 (plus haut est meilleur : vert &gt;= orange)</translation>
    </message>
    <message>
        <source>%1with green equal to orange, green_strict and orange_strict must be equal</source>
        <translation>%1avec vert égal à orange, green_strict et orange_strict doivent être égaux</translation>
    </message>
    <message>
        <source>%1an error rate is a percentage; orange %2 is above 100</source>
        <translation>%1un taux d&apos;erreur est un pourcentage ; orange %2 dépasse 100</translation>
    </message>
    <message>
        <source>one test reached at several paths, read as one run: %1</source>
        <translation>un même test atteint par plusieurs chemins, lu comme un seul run : %1</translation>
    </message>
    <message>
        <source>copies of this test differ (%1): the figures come from %2, the copy that is not damaged</source>
        <translation>des copies de ce test diffèrent (%1) : les chiffres viennent de %2, la copie qui n&apos;est pas endommagée</translation>
    </message>
    <message>
        <source>no rows for %1 s before this line (one is written every %2 s): the gap adds nothing to the stage&apos;s duration</source>
        <translation>aucune ligne pendant %1 s avant celle-ci (une est écrite toutes les %2 s) : ce trou n&apos;ajoute rien à la durée du palier</translation>
    </message>
    <message>
        <source>the load generator reported its CPU overloaded: &quot;%1&quot;</source>
        <translation>le générateur de charge a signalé son processeur saturé : « %1 »</translation>
    </message>
    <message>
        <source>invalid run: this file of the run cannot be used (%1)</source>
        <translation>run invalide : ce fichier du run est inutilisable (%1)</translation>
    </message>
    <message>
        <source>invalid run: no total row (Aggregated) at the end of this stats file: it was cut short</source>
        <translation>run invalide : pas de ligne de total (Aggregated) à la fin de ce fichier de statistiques : il a été tronqué</translation>
    </message>
    <message>
        <source>invalid run: damaged row, %1 fields where the header has %2 (file cut short?)</source>
        <translation>run invalide : ligne endommagée, %1 champs là où l&apos;en-tête en a %2 (fichier tronqué ?)</translation>
    </message>
    <message>
        <source>invalid run: &quot;%1&quot; in column &quot;%2&quot; is not a number</source>
        <translation>run invalide : « %1 » dans la colonne « %2 » n&apos;est pas un nombre</translation>
    </message>
    <message>
        <source>invalid run: &quot;%1&quot; in column &quot;%2&quot; is not a count</source>
        <translation>run invalide : « %1 » dans la colonne « %2 » n&apos;est pas un compte</translation>
    </message>
    <message>
        <source>invalid run: negative response time %1 ms in column &quot;%2&quot;</source>
        <translation>run invalide : temps de réponse négatif %1 ms dans la colonne « %2 »</translation>
    </message>
    <message>
        <source>invalid run: response time that is not a number in %1</source>
        <translation>run invalide : temps de réponse qui n&apos;est pas un nombre dans %1</translation>
    </message>
    <message>
        <source>invalid run: %1 failures for %2 requests (%3)</source>
        <translation>run invalide : %1 échecs pour %2 requêtes (%3)</translation>
    </message>
    <message>
        <source>invalid run: time goes backwards, from %1 (line %2) to %3</source>
        <translation>run invalide : le temps recule, de %1 (ligne %2) à %3</translation>
    </message>
    <message>
        <source>invalid run: copies of this test disagree on their figures (%1), and none is known to be damaged</source>
        <translation>run invalide : des copies de ce test donnent des chiffres différents (%1), et aucune n&apos;est connue comme endommagée</translation>
    </message>
    <message>
        <source>invalid run: two file sets at %1 users in one run (%2): keep one, or open them as separate runs</source>
        <translation>run invalide : deux jeux de fichiers à %1 utilisateurs dans un même run (%2) : gardez-en un, ou ouvrez-les comme des runs séparés</translation>
    </message>
    <message>
        <source>invalid run: the test script raised %1 exception(s) in the files of the run&apos;s first requests (%2)</source>
        <translation>run invalide : le script de test a levé %1 exception(s) dans les fichiers des premières requêtes du run (%2)</translation>
    </message>
    <message>
        <source>invalid run: the load generator was overloaded at %1 users, at or below the target stage (%2 users)</source>
        <translation>run invalide : le générateur de charge était saturé à %1 utilisateurs, au palier cible ou en dessous (%2 utilisateurs)</translation>
    </message>
    <message>
        <source>invalid run: the load generator was overloaded at a time no stage can be given</source>
        <translation>run invalide : le générateur de charge a été saturé à un moment qu&apos;aucun palier ne peut situer</translation>
    </message>
    <message>
        <source>the load generator was overloaded at %1 users, beyond the target stage (%2 users): that stage is a saturation signal and is left out of the knee</source>
        <translation>le générateur de charge était saturé à %1 utilisateurs, au-delà du palier cible (%2 utilisateurs) : ce palier est un signal de saturation et est écarté du calcul du coude</translation>
    </message>
    <message>
        <source>; </source>
        <translation> ; </translation>
    </message>
    <message>
        <source>at %1 users, throughput and response time imply %3 users (think time %4 s) where the history shows %2: the load generator may not be driving the users it claims, or the think time changed</source>
        <translation>à %1 utilisateurs, le débit et le temps de réponse impliquent %3 utilisateurs (temps de réflexion %4 s) là où l&apos;historique en montre %2 : le générateur de charge ne fait peut-être pas tourner les utilisateurs annoncés, ou le temps de réflexion a changé</translation>
    </message>
    <message>
        <source>record with more than %1 fields (not a load-test CSV file)</source>
        <translation>enregistrement de plus de %1 champs (pas un fichier CSV de test de charge)</translation>
    </message>
    <message>
        <source>folder holds more than %1 files: name the run folders instead</source>
        <translation>le dossier contient plus de %1 fichiers : indiquez plutôt les dossiers des runs</translation>
    </message>
    <message>
        <source>more than %1 folders below this one: name the run folders instead</source>
        <translation>plus de %1 dossiers sous celui-ci : indiquez plutôt les dossiers des runs</translation>
    </message>
    <message>
        <source>the gzip data inflates more than %1 times (%2 MB from %3 KB): a decompression bomb, not k6 output</source>
        <translation>les données gzip se décompressent plus de %1 fois (%2 Mo à partir de %3 Ko) : une bombe de décompression, pas une sortie k6</translation>
    </message>
    <message>
        <source>larger than %1 KB: not a Palier profile</source>
        <translation>plus de %1 Ko : pas un profil Palier</translation>
    </message>
    <message>
        <source>no column &apos;%1&apos; in this export (columns: %2); name it with --column</source>
        <translation>pas de colonne &apos;%1&apos; dans cet export (colonnes : %2) ; nommez-la avec --column</translation>
    </message>
    <message>
        <source>%2 fields where the header has %1: not a CSV export of one table</source>
        <translation>%2 champs là où l&apos;en-tête en a %1 : pas un export CSV d&apos;une table</translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; is not a PostgreSQL ISO time (export with DateStyle ISO, the default)</source>
        <translation>%1 &apos;%2&apos; n&apos;est pas une heure ISO de PostgreSQL (exportez avec DateStyle ISO, le réglage par défaut)</translation>
    </message>
    <message>
        <source>%1 is &apos;%2&apos;: an infinite time cannot be placed in an hour</source>
        <translation>%1 vaut &apos;%2&apos; : un instant infini ne peut être placé dans une heure</translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; has no UTC offset where earlier rows have one (or the reverse): one column holds one type</source>
        <translation>%1 &apos;%2&apos; n&apos;a pas de décalage UTC alors que les lignes précédentes en ont un (ou l&apos;inverse) : une colonne n&apos;a qu&apos;un type</translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; is not a number PostgreSQL prints (or has more than 18 digits)</source>
        <translation>%1 &apos;%2&apos; n&apos;est pas un nombre tel que PostgreSQL les écrit (ou a plus de 18 chiffres)</translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; is not a whole number, but --duration-type integer was given</source>
        <translation>%1 &apos;%2&apos; n&apos;est pas un nombre entier, alors que --duration-type integer a été donné</translation>
    </message>
    <message>
        <source>%1 is not a whole number in range (a NaN or infinite duration): the seed&apos;s SQL fails here too</source>
        <translation>%1 n&apos;est pas un entier dans les limites (une durée NaN ou infinie) : le SQL d&apos;origine échoue ici aussi</translation>
    </message>
    <message>
        <source>the gzip data inflates more than %1 times (%2 MB from %3 KB): a decompression bomb, not a table export</source>
        <translation>les données gzip se décompressent plus de %1 fois (%2 Mo depuis %3 Ko) : une bombe de décompression, pas un export de table</translation>
    </message>
    <message>
        <source>run %1: the monitoring table logged no more searches during the run than just before it (%3 more where the load generator sent %2): the clocks or the logging disagree</source>
        <translation>run %1 : la table de suivi n&apos;a pas enregistré plus de recherches pendant le run que juste avant (%3 de plus alors que le générateur de charge en a envoyé %2) : les horloges ou la journalisation ne concordent pas</translation>
    </message>
    <message>
        <source>%1 users: the server logged %3 searches/s more than before the run where the load generator sent %2/s, beyond the %4/s that counting noise and the stage&apos;s edges explain</source>
        <translation>%1 utilisateurs : le serveur a enregistré %3 recherches/s de plus qu&apos;avant le run alors que le générateur de charge en envoyait %2/s, au-delà des %4/s qu&apos;expliquent le bruit de comptage et les bords du palier</translation>
    </message>
    <message>
        <source>run %1: the monitoring data holds no event during the run nor just before it: no comparison with the server</source>
        <translation>run %1 : les données de suivi ne contiennent aucun événement pendant le run ni juste avant : pas de comparaison avec le serveur</translation>
    </message>
</context>
<context>
    <name>palier::MonitoringClient</name>
    <message>
        <source>disconnected</source>
        <translation>déconnecté</translation>
    </message>
    <message>
        <source>connecting</source>
        <translation>connexion en cours</translation>
    </message>
    <message>
        <source>connected</source>
        <translation>connecté</translation>
    </message>
    <message>
        <source>refreshing</source>
        <translation>actualisation</translation>
    </message>
    <message>
        <source>query cancelled</source>
        <translation>requête annulée</translation>
    </message>
    <message>
        <source>connection failed: %1</source>
        <translation>échec de la connexion : %1</translation>
    </message>
    <message>
        <source>invalid connection string: %1</source>
        <translation>chaîne de connexion invalide : %1</translation>
    </message>
    <message>
        <source>stale since %1, reconnecting</source>
        <translation>données périmées depuis %1, reconnexion</translation>
    </message>
    <message numerus="yes">
        <source>cannot connect, retrying in %n s</source>
        <translation>
            <numerusform>connexion impossible, nouvel essai dans %n s</numerusform>
            <numerusform>connexion impossible, nouvel essai dans %n s</numerusform>
        </translation>
    </message>
    <message>
        <source>not connected</source>
        <translation>non connecté</translation>
    </message>
</context>
<context>
    <name>palier::OutputFile</name>
    <message>
        <source>%1: is a folder, not a file</source>
        <translation>%1: est un dossier, pas un fichier</translation>
    </message>
    <message>
        <source>%1: is a device, not a regular file</source>
        <translation>%1: est un périphérique, pas un fichier ordinaire</translation>
    </message>
    <message>
        <source>%1: is a named pipe (FIFO), not a regular file</source>
        <translation>%1: est un tube nommé (FIFO), pas un fichier ordinaire</translation>
    </message>
    <message>
        <source>%1: is a socket, not a regular file</source>
        <translation>%1: est une socket, pas un fichier ordinaire</translation>
    </message>
    <message>
        <source>%1: is a broken symbolic link, not a regular file</source>
        <translation>%1: est un lien symbolique brisé, pas un fichier ordinaire</translation>
    </message>
    <message>
        <source>%1: is not a regular file</source>
        <translation>%1: n&apos;est pas un fichier ordinaire</translation>
    </message>
    <message>
        <source>%1: already exists (use --force to overwrite it)</source>
        <translation>%1: existe déjà (--force pour l&apos;écraser)</translation>
    </message>
    <message>
        <source>%1: cannot write: %2</source>
        <translation>%1: écriture impossible : %2</translation>
    </message>
</context>
<context>
    <name>palier::Reasons</name>
    <message>
        <source>ran %1 s, less than 95 % of the required %2 s</source>
        <translation>a duré %1 s, moins de 95 % des %2 s exigées</translation>
    </message>
    <message>
        <source>ran %1 s (%2 s of it credited for the tool&apos;s unwritten history), less than 95 % of the required %3 s</source>
        <translation>a duré %1 s (dont %2 s créditées pour l&apos;historique non écrit par l&apos;outil), moins de 95 % des %3 s exigées</translation>
    </message>
    <message>
        <source>%1 s credited to the plateau: the history stops before the last %2 requests the stats counted (Locust writes it every %3 s and not at exit)</source>
        <translation>%1 s créditées au plateau : l&apos;historique s&apos;arrête avant les %2 dernières requêtes comptées par les statistiques (Locust l&apos;écrit toutes les %3 s, pas à l&apos;arrêt)</translation>
    </message>
    <message>
        <source>error rate over the plateau %1 % is above the red limit %2 %</source>
        <translation>taux d&apos;erreur sur le plateau de %1 %, au-dessus de la limite rouge de %2 %</translation>
    </message>
    <message>
        <source>p95 rose from %1 ms to %2 ms over the stage (Theil–Sen +%3 ms over %4 s, more than 25 % of the median %5 ms; Mann–Kendall p %6) and its trend line reaches %7 ms at %8 s, past the green limit %9 ms</source>
        <translation>le p95 est passé de %1 ms à %2 ms sur le palier (Theil–Sen +%3 ms sur %4 s, plus de 25 % de la médiane de %5 ms ; Mann–Kendall p %6) et sa droite de tendance atteint %7 ms à %8 s, au-delà de la limite verte de %9 ms</translation>
    </message>
    <message>
        <source>p95 rose from %1 ms to %2 ms (Mann–Kendall p %3), but its trend line stays within the green limit %4 ms at %5 s (%6 ms)</source>
        <translation>le p95 est passé de %1 ms à %2 ms (Mann–Kendall p %3), mais sa droite de tendance reste dans la limite verte de %4 ms à %5 s (%6 ms)</translation>
    </message>
    <message>
        <source>throughput fell from %1 req/s in the first third of the stage to %2 req/s in the last third (−%3 %)</source>
        <translation>le débit est tombé de %1 req/s sur le premier tiers du palier à %2 req/s sur le dernier tiers (−%3 %)</translation>
    </message>
    <message>
        <source>%1 of %2 windows had a p95 past the green limit and above 1.5 × the plateau&apos;s median %3 ms (worst %4 ms at +%5 s)</source>
        <translation>%1 fenêtres sur %2 ont eu un p95 au-delà de la limite verte et au-dessus de 1,5 × la médiane du plateau de %3 ms (pire %4 ms à +%5 s)</translation>
    </message>
    <message>
        <source>%1 of %2 windows had improbably many failures (worst %3 % at +%4 s against %5 % over the plateau, binomial p %6)</source>
        <translation>%1 fenêtres sur %2 ont eu improbablement beaucoup d&apos;échecs (pire %3 % à +%4 s contre %5 % sur le plateau, test binomial p %6)</translation>
    </message>
    <message>
        <source>ran %1 s with an error rate of %2 %; no time series, so trend, throughput and 10-s windows were not checked</source>
        <translation>a duré %1 s avec un taux d&apos;erreur de %2 % ; sans série temporelle, la tendance, le débit et les fenêtres de 10 s n&apos;ont pas été vérifiés</translation>
    </message>
    <message>
        <source>neither the stage duration nor its time series is known</source>
        <translation>ni la durée du palier ni sa série temporelle ne sont connues</translation>
    </message>
    <message>
        <source>only %1 s of plateau after the %2 s warm-up: judged on what it has</source>
        <translation>seulement %1 s de plateau après les %2 s de mise en température : jugé sur ce qu&apos;il a</translation>
    </message>
    <message>
        <source>the series&apos; percentiles are cumulative since the start of the test, so no 10-s p95 can be taken from them</source>
        <translation>les percentiles de la série sont cumulés depuis le début du test : impossible d&apos;en tirer un p95 sur 10 s</translation>
    </message>
    <message>
        <source>the series has no p95 values on the plateau</source>
        <translation>la série n&apos;a aucune valeur de p95 sur le plateau</translation>
    </message>
    <message>
        <source>continuous p95 degradation at %1 users</source>
        <translation>dégradation continue du p95 à %1 utilisateurs</translation>
    </message>
    <message>
        <source>throughput collapse at %1 users</source>
        <translation>effondrement du débit à %1 utilisateurs</translation>
    </message>
    <message>
        <source>throughput grew %1 % (%2 → %3 req/s) from %4 to %5 users while users grew %6 %</source>
        <translation>le débit a augmenté de %1 % (%2 → %3 req/s) de %4 à %5 utilisateurs quand les utilisateurs augmentaient de %6 %</translation>
    </message>
    <message>
        <source>throughput fell %1 % (%2 → %3 req/s) from %4 to %5 users while users grew %6 %</source>
        <translation>le débit a baissé de %1 % (%2 → %3 req/s) de %4 à %5 utilisateurs quand les utilisateurs augmentaient de %6 %</translation>
    </message>
    <message>
        <source>median latency grew %1 % (%2 → %3 ms) from %4 to %5 users while users grew %6 %</source>
        <translation>la latence médiane a augmenté de %1 % (%2 → %3 ms) de %4 à %5 utilisateurs quand les utilisateurs augmentaient de %6 %</translation>
    </message>
    <message>
        <source>the load generator was overloaded at %1 users</source>
        <translation>le générateur de charge était saturé à %1 utilisateurs</translation>
    </message>
    <message>
        <source>k6 dropped %1 iterations at %2 users</source>
        <translation>k6 a abandonné %1 itérations à %2 utilisateurs</translation>
    </message>
    <message>
        <source>k6 dropped %1 iterations: the load generator could not start them on time</source>
        <translation>k6 a abandonné %1 itérations : le générateur de charge n&apos;a pas pu les lancer à temps</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source>%1 of all endpoints</source>
        <translation>%1 de tous les points d&apos;accès</translation>
    </message>
    <message>
        <source>at the %1-user stage</source>
        <translation>au palier de %1 utilisateurs</translation>
    </message>
    <message>
        <source>over the stages of %1 to %2 users</source>
        <translation>sur les paliers de %1 à %2 utilisateurs</translation>
    </message>
    <message>
        <source>over the run</source>
        <translation>sur le run</translation>
    </message>
    <message>
        <source>%1 failures / %2 requests</source>
        <translation>%1 échecs / %2 requêtes</translation>
    </message>
    <message>
        <source>%1 requests in %2 s</source>
        <translation>%1 requêtes en %2 s</translation>
    </message>
    <message>
        <source>worst stage: %1 users</source>
        <translation>pire palier : %1 utilisateurs</translation>
    </message>
    <message>
        <source>the tool&apos;s own percentile</source>
        <translation>percentile calculé par l&apos;outil</translation>
    </message>
    <message>
        <source>estimated</source>
        <translation>estimé</translation>
    </message>
    <message>
        <source>; run-level figures only</source>
        <translation> ; chiffres globaux du run uniquement</translation>
    </message>
    <message>
        <source>; no stage at %1 users, so only the stages below it</source>
        <translation> ; aucun palier à %1 utilisateurs, donc seulement les paliers inférieurs</translation>
    </message>
    <message>
        <source>no stage at %1 users in this run (stages: %2)</source>
        <translation>aucun palier à %1 utilisateurs dans ce run (paliers : %2)</translation>
    </message>
    <message>
        <source>no stage at or below %1 users in this run (stages: %2)</source>
        <translation>aucun palier à %1 utilisateurs ou moins dans ce run (paliers : %2)</translation>
    </message>
    <message>
        <source> and %1 more</source>
        <translation> et %1 autres</translation>
    </message>
    <message>
        <source>%1 not found in this run: its endpoints are %2</source>
        <translation>%1 introuvable dans ce run : ses points d&apos;accès sont %2</translation>
    </message>
    <message>
        <source> (did you mean %1?)</source>
        <translation> (vouliez-vous dire %1 ?)</translation>
    </message>
    <message>
        <source>too few samples: %1 has %2 requests at the %3-user stage, %4 needed</source>
        <translation>trop peu d&apos;échantillons : %1 a %2 requêtes au palier de %3 utilisateurs, il en faut %4</translation>
    </message>
    <message>
        <source>run-level figures only, no stage time series</source>
        <translation>chiffres du run entier seulement, sans série temporelle par palier</translation>
    </message>
    <message>
        <source>%1 unknown %2</source>
        <translation>%1 inconnu %2</translation>
    </message>
    <message>
        <source>not evaluated: %1</source>
        <translation>non évalué : %1</translation>
    </message>
    <message>
        <source>ran %1</source>
        <translation>a duré %1</translation>
    </message>
    <message>
        <source>steady at %1</source>
        <translation>stable à %1</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>p95 %1 with no continuous rise (Mann–Kendall p %2)</source>
        <translation>p95 %1 sans hausse continue (Mann–Kendall p %2)</translation>
    </message>
    <message>
        <source>error rate %1</source>
        <translation>taux d&apos;erreur %1</translation>
    </message>
    <message>
        <source>no 10-s window standing out</source>
        <translation>aucune fenêtre de 10 s qui se distingue</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>not held: %1</source>
        <translation>non tenu : %1</translation>
    </message>
    <message>
        <source>unstable: %1</source>
        <translation>instable : %1</translation>
    </message>
    <message>
        <source>held, degrading: %1</source>
        <translation>tenu, en dégradation : %1</translation>
    </message>
    <message>
        <source>held with punctual degradation: %1</source>
        <translation>tenu avec dégradation ponctuelle : %1</translation>
    </message>
    <message>
        <source>degrading: %1</source>
        <translation>en dégradation : %1</translation>
    </message>
    <message>
        <source>held: %1</source>
        <translation>tenu : %1</translation>
    </message>
    <message>
        <source>stable: %1</source>
        <translation>stable : %1</translation>
    </message>
    <message>
        <source>%1-user stage %2</source>
        <translation>palier de %1 utilisateurs %2</translation>
    </message>
    <message>
        <source>%1 %2 is %3%4: %5%6</source>
        <translation>%1 %2 vaut %3%4 : %5%6</translation>
    </message>
    <message>
        <source>incomplete evidence: %1 not evaluated</source>
        <translation>preuves incomplètes : %1 non évalué</translation>
    </message>
    <message>
        <source>the criteria evaluated give at best %1</source>
        <translation>les critères évalués donnent au mieux %1</translation>
    </message>
    <message>
        <source>invalid run(s) set aside: %1</source>
        <translation>run(s) invalide(s) écarté(s) : %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>incomplete evidence: no colour shared by the runs for %1</source>
        <translation>preuves incomplètes : aucune couleur partagée par les runs pour %1</translation>
    </message>
    <message>
        <source>rerun: the runs disagree on %1</source>
        <translation>à relancer : les runs divergent sur %1</translation>
    </message>
    <message>
        <source>the criteria with a colour give at best %1</source>
        <translation>les critères qui ont une couleur donnent au mieux %1</translation>
    </message>
    <message>
        <source>provisional: only 1 comparable run (a full window has %1); its own colours are used</source>
        <translation>provisoire : un seul run comparable (une fenêtre complète en compte %1) ; ses propres couleurs sont retenues</translation>
    </message>
    <message>
        <source>provisional: only %1 comparable runs (a full window has %2); a colour needs every run to agree</source>
        <translation>provisoire : seulement %1 runs comparables (une fenêtre complète en compte %2) ; une couleur exige l&apos;accord de tous les runs</translation>
    </message>
    <message>
        <source>no run to judge</source>
        <translation>aucun run à juger</translation>
    </message>
    <message>
        <source>; </source>
        <translation> ; </translation>
    </message>
    <message>
        <source>ran %1 s; no time series, so its stability was not checked</source>
        <translation>a duré %1 s ; sans série temporelle, sa stabilité n&apos;a pas été vérifiée</translation>
    </message>
</context>
<context>
    <name>palier::Report</name>
    <message>
        <source>n/a</source>
        <translation>n/d</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>Yes, with punctual degradation</source>
        <translation>Oui, avec dégradation ponctuelle</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>Stay on the current hosting; rerun the stages next week to confirm.</source>
        <translation>Rester sur l&apos;hébergement actuel ; relancer les paliers la semaine prochaine pour confirmer.</translation>
    </message>
    <message>
        <source>Closer watch: rerun the stages mid-week and follow the %1 p95 in production.</source>
        <translation>Surveillance renforcée : relancer les paliers en cours de semaine et suivre le p95 de %1 en production.</translation>
    </message>
    <message>
        <source>Prepare the migration: start the hosting migration study this week.</source>
        <translation>Préparer la migration : instruire l&apos;étude de migration de l&apos;hébergement dès cette semaine.</translation>
    </message>
    <message>
        <source>Rerun or repair the invalid run(s), then decide: the evidence does not carry a decision yet.</source>
        <translation>Relancer ou réparer le ou les runs invalides, puis décider : les preuves ne portent pas encore de décision.</translation>
    </message>
    <message>
        <source>Complete the evidence (target stage, key transaction) before deciding.</source>
        <translation>Compléter les preuves (palier cible, transaction clé) avant de décider.</translation>
    </message>
    <message>
        <source>Runs disagree: rerun a comparable run before deciding.</source>
        <translation>Signaux incohérents entre les runs : relancer un run comparable avant de décider.</translation>
    </message>
    <message numerus="yes">
        <source>Complete the window with %n more comparable run(s).</source>
        <translation>
            <numerusform>Compléter la fenêtre avec %n run comparable.</numerusform>
            <numerusform>Compléter la fenêtre avec %n runs comparables.</numerusform>
        </translation>
    </message>
    <message>
        <source>## Context</source>
        <translation>## Contexte</translation>
    </message>
    <message>
        <source>- Environment: %1</source>
        <translation>- Environnement: %1</translation>
    </message>
    <message>
        <source>- Stages: %1</source>
        <translation>- Paliers: %1</translation>
    </message>
    <message>
        <source>- Duration per stage: %1</source>
        <translation>- Durée/palier: %1</translation>
    </message>
    <message>
        <source>- Runs evaluated: %1 (%2 of %3 comparable runs)</source>
        <translation>- Runs évalués: %1 (%2 sur %3 runs comparables)</translation>
    </message>
    <message>
        <source>default grid</source>
        <translation>grille par défaut</translation>
    </message>
    <message>
        <source>- Grid applied: %1 (%2)</source>
        <translation>- Grille appliquée: %1 (%2)</translation>
    </message>
    <message>
        <source>- Key transaction: %1 · target stage: %2 users · required duration: %3</source>
        <translation>- Transaction clé: %1 · palier cible: %2 utilisateurs · durée exigée: %3</translation>
    </message>
    <message>
        <source>## Key results</source>
        <translation>## Résultats clés</translation>
    </message>
    <message>
        <source>- Search p95 (target stage): %1 (%2; window: %3)</source>
        <translation>- p95 recherche (palier cible): %1 (%2 ; fenêtre : %3)</translation>
    </message>
    <message>
        <source>- Overall error rate: %1 (%2; window: %3)</source>
        <translation>- Taux erreur global: %1 (%2 ; fenêtre : %3)</translation>
    </message>
    <message>
        <source>- Target stage held: %1 (held in %2 of %3 evaluated runs)</source>
        <translation>- Palier cible tenu: %1 (tenu sur %2 des %3 runs évalués)</translation>
    </message>
    <message>
        <source>- Saturation signals observed: %1 (%2 of %3 runs)</source>
        <translation>- Signaux saturation observés: %1 (%2 runs sur %3)</translation>
    </message>
    <message>
        <source>, saturation point: %1 users</source>
        <translation>, point de saturation : %1 utilisateurs</translation>
    </message>
    <message>
        <source>## Grid status</source>
        <translation>## Statut grille</translation>
    </message>
    <message>
        <source>- Red criteria: %1</source>
        <translation>- Critères rouges: %1</translation>
    </message>
    <message>
        <source>- Orange criteria: %1</source>
        <translation>- Critères oranges: %1</translation>
    </message>
    <message>
        <source>- Synthetic score: %1 (%2)</source>
        <translation>- Score synthétique: %1 (%2)</translation>
    </message>
    <message>
        <source>- Without a colour shared by the runs (count neither red nor orange): %1</source>
        <translation>- Sans couleur partagée par les runs (ne comptent ni rouge ni orange): %1</translation>
    </message>
    <message>
        <source>- Inconsistent across the window (every run a different colour): %1</source>
        <translation>- Incohérent sur la fenêtre (chaque run d&apos;une couleur différente): %1</translation>
    </message>
    <message>
        <source>## Decision</source>
        <translation>## Décision</translation>
    </message>
    <message>
        <source>(provisional: %1 of %2 comparable runs)</source>
        <translation>(provisoire : %1 run(s) comparable(s) sur %2)</translation>
    </message>
    <message>
        <source>- Next week&apos;s action: %1</source>
        <translation>- Action semaine suivante: %1</translation>
    </message>
    <message>
        <source>## Runs in detail</source>
        <translation>## Détail par run</translation>
    </message>
    <message>
        <source>| Run | Started | Key p95 (target stage) | Error rate | Target stage held | Saturation (users) | Score | Decision |</source>
        <translation>| Run | Début | p95 clé (palier cible) | Taux d&apos;erreur | Palier cible tenu | Saturation (utilisateurs) | Score | Décision |</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>## Reasons</source>
        <translation>## Raisons</translation>
    </message>
    <message>
        <source>Invalid run: %1</source>
        <translation>Run invalide : %1</translation>
    </message>
    <message>
        <source>- %1 — %2: %3</source>
        <translation>- %1 — %2 : %3</translation>
    </message>
    <message>
        <source>- Saturation: %1</source>
        <translation>- Saturation : %1</translation>
    </message>
    <message>
        <source>- Reading notes: %1 (known losses of the tool, skipped rows…) — details: `palier analyze %2`</source>
        <translation>- Notes de lecture : %1 (pertes connues de l&apos;outil, lignes ignorées…) — détail : `palier analyze %2`</translation>
    </message>
    <message>
        <source>Runs left out (not comparable or outside the window): %1</source>
        <translation>Runs écartés (non comparables ou hors fenêtre): %1</translation>
    </message>
    <message>
        <source># %1 capacity report - Week %2</source>
        <translation># Rapport capacité %1 - Semaine %2</translation>
    </message>
    <message>
        <source>## Estimated capacity</source>
        <translation>## Capacité estimée</translation>
    </message>
    <message>
        <source>| Run | Users before orange | Users before red | Throughput peak | Fit |</source>
        <translation>| Run | Utilisateurs avant orange | Utilisateurs avant rouge | Pic de débit | Ajustement |</translation>
    </message>
    <message>
        <source>≈ %1 req/s at %2 users</source>
        <translation>≈ %1 req/s à %2 utilisateurs</translation>
    </message>
    <message>
        <source>not determined</source>
        <translation>non déterminé</translation>
    </message>
    <message>
        <source>Projected from the stages&apos; throughput (Universal Scalability Law) and Little&apos;s law: beyond the largest stage it is a model, not a measurement.</source>
        <translation>Projection à partir du débit des paliers (loi universelle de scalabilité, USL) et de la loi de Little : au-delà du plus grand palier, c&apos;est un modèle, pas une mesure.</translation>
    </message>
    <message>
        <source>%1 — searches %2, p95 %3, errors %4</source>
        <translation>%1 — recherches %2, p95 %3, erreurs %4</translation>
    </message>
    <message numerus="yes">
        <source>## Production (last %n day(s))</source>
        <translation>
            <numerusform>## Production (dernier jour)</numerusform>
            <numerusform>## Production (%n derniers jours)</numerusform>
        </translation>
    </message>
    <message>
        <source>- Production section missing: %1</source>
        <translation>- Section production absente : %1</translation>
    </message>
    <message>
        <source>- Source: %1 · key transaction: %2 · hours in %3</source>
        <translation>- Source : %1 · transaction clé : %2 · heures en %3</translation>
    </message>
    <message>
        <source>- Events: %1 · active sessions: %2 · searches: %3</source>
        <translation>- Événements : %1 · sessions actives : %2 · recherches : %3</translation>
    </message>
    <message>
        <source>- Search p95: %1 · average: %2</source>
        <translation>- p95 recherche : %1 · moyenne : %2</translation>
    </message>
    <message>
        <source>- Error rate: %1</source>
        <translation>- Taux d&apos;erreur : %1</translation>
    </message>
    <message numerus="yes">
        <source>- Busiest hour of the last %n hour(s): %1</source>
        <translation>
            <numerusform>- Heure la plus chargée de la dernière heure : %1</numerusform>
            <numerusform>- Heure la plus chargée des %n dernières heures : %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>- Worst p95 hour of the last %n hour(s): %1</source>
        <translation>
            <numerusform>- Pire heure en p95 de la dernière heure : %1</numerusform>
            <numerusform>- Pire heure en p95 des %n dernières heures : %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>- No event in the last %n hour(s)</source>
        <translation>
            <numerusform>- Aucun événement dans la dernière heure</numerusform>
            <numerusform>- Aucun événement dans les %n dernières heures</numerusform>
        </translation>
    </message>
    <message>
        <source>- Production hint: %1</source>
        <translation>- Indication production : %1</translation>
    </message>
    <message>
        <source>%1: not compared (production %2, load tests %3)</source>
        <translation>%1 : non comparé (production %2, tests de charge %3)</translation>
    </message>
    <message>
        <source>%1: same colour (%2)</source>
        <translation>%1 : même couleur (%2)</translation>
    </message>
    <message>
        <source>%1: production %2, load tests %3</source>
        <translation>%1 : production %2, tests de charge %3</translation>
    </message>
    <message>
        <source>- Production against the load-test window: %1</source>
        <translation>- Production face à la fenêtre de tests de charge : %1</translation>
    </message>
    <message>
        <source>- Exported events: now = %1 (the file&apos;s last event)</source>
        <translation>- Événements exportés : maintenant = %1 (le dernier événement du fichier)</translation>
    </message>
    <message>
        <source>- Exported events: now = %1</source>
        <translation>- Événements exportés : maintenant = %1</translation>
    </message>
    <message>
        <source>- Searches logged during the load-test stages: at least %1 of %2 (%3 %): the production figures include the tests&apos; own traffic</source>
        <translation>- Recherches enregistrées pendant les paliers des tests de charge : au moins %1 sur %2 (%3 %) : les chiffres de production incluent le trafic des tests eux-mêmes</translation>
    </message>
    <message>
        <source>### Client against server</source>
        <translation>### Client face au serveur</translation>
    </message>
    <message>
        <source>What the monitoring table logged during each stage, beside the load generator: searches per second the run added above the traffic just before it, and the server&apos;s p95 and error rate.</source>
        <translation>Ce que la table de suivi a enregistré pendant chaque palier, à côté du générateur de charge : les recherches par seconde ajoutées par le run au-dessus du trafic juste avant, et le p95 et le taux d&apos;erreur du serveur.</translation>
    </message>
    <message>
        <source>| Run | Users | Searches/s (generator) | Searches/s added (server) | p95 generator | p95 server | Error rate server | Volumes agree |</source>
        <translation>| Run | Utilisateurs | Recherches/s (générateur) | Recherches/s ajoutées (serveur) | p95 générateur | p95 serveur | Taux d&apos;erreur serveur | Volumes concordants |</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Graphiques</translation>
    </message>
    <message>
        <source>Response time against users, p95 of %1 on the grid&apos;s bands: %2</source>
        <translation>Temps de réponse selon les utilisateurs, p95 de %1 sur les bandes de la grille : %2</translation>
    </message>
    <message>
        <source>Response time over time: %1</source>
        <translation>Temps de réponse au fil du temps : %1</translation>
    </message>
</context>
<context>
    <name>palier::Words</name>
    <message>
        <source>green</source>
        <translation>vert</translation>
    </message>
    <message>
        <source>orange</source>
        <translation>orange</translation>
    </message>
    <message>
        <source>red</source>
        <translation>rouge</translation>
    </message>
    <message>
        <source>not evaluated</source>
        <translation>non évalué</translation>
    </message>
    <message>
        <source>GO</source>
        <translation>GO</translation>
    </message>
    <message>
        <source>WATCH</source>
        <translation>WATCH</translation>
    </message>
    <message>
        <source>NO-GO</source>
        <translation>NO-GO</translation>
    </message>
    <message>
        <source>INCONCLUSIVE</source>
        <translation>NON CONCLUANT</translation>
    </message>
    <message>
        <source>stay on this hosting</source>
        <translation>rester sur l&apos;hébergement actuel</translation>
    </message>
    <message>
        <source>closer watch</source>
        <translation>surveillance renforcée</translation>
    </message>
    <message>
        <source>prepare the migration</source>
        <translation>préparer la migration</translation>
    </message>
    <message>
        <source>the evidence does not carry a decision</source>
        <translation>les preuves ne portent pas de décision</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>attention</source>
        <translation>attention</translation>
    </message>
    <message>
        <source>migrate now</source>
        <translation>migration à instruire immédiatement</translation>
    </message>
    <message>
        <source>invalid run</source>
        <translation>run invalide</translation>
    </message>
    <message>
        <source>incomplete evidence</source>
        <translation>preuves incomplètes</translation>
    </message>
    <message>
        <source>rerun</source>
        <translation>à relancer</translation>
    </message>
    <message>
        <source>p50</source>
        <translation>p50</translation>
    </message>
    <message>
        <source>p95</source>
        <translation>p95</translation>
    </message>
    <message>
        <source>p99</source>
        <translation>p99</translation>
    </message>
    <message>
        <source>mean response time</source>
        <translation>temps de réponse moyen</translation>
    </message>
    <message>
        <source>error rate</source>
        <translation>taux d&apos;erreur</translation>
    </message>
    <message>
        <source>throughput</source>
        <translation>débit</translation>
    </message>
    <message>
        <source>target stage held</source>
        <translation>palier cible tenu</translation>
    </message>
    <message>
        <source>target stage (%1 users) held</source>
        <translation>palier cible (%1 utilisateurs) tenu</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source>%1 at the target stage</source>
        <translation>%1 au palier cible</translation>
    </message>
    <message>
        <source>%1, stages up to the target</source>
        <translation>%1, paliers jusqu&apos;à la cible</translation>
    </message>
    <message>
        <source>%1 over the run</source>
        <translation>%1 sur le run</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 req/s</source>
        <translation>%1 req/s</translation>
    </message>
    <message>
        <source>below %1</source>
        <translation>sous %1</translation>
    </message>
    <message>
        <source>at most %1</source>
        <translation>au plus %1</translation>
    </message>
    <message>
        <source>above %1</source>
        <translation>au-dessus de %1</translation>
    </message>
    <message>
        <source>at least %1</source>
        <translation>au moins %1</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
</context>
<context>
    <name>palier::ui::CapacityPanel</name>
    <message>
        <source>%1%2 (95 %: %3 to %4)</source>
        <translation>%1%2 (95 % : de %3 à %4)</translation>
    </message>
    <message>
        <source>projected %1 users</source>
        <translation>%1 utilisateurs projetés</translation>
    </message>
    <message>
        <source>not projected (no key p95 at the stages)</source>
        <translation>non projeté (pas de p95 clé aux paliers)</translation>
    </message>
    <message>
        <source>observed ≈ %1 (between stages)</source>
        <translation>observé ≈ %1 (entre paliers)</translation>
    </message>
    <message>
        <source>no crossing observed between stages</source>
        <translation>aucun franchissement observé entre paliers</translation>
    </message>
    <message>
        <source>%1; %2</source>
        <extracomment>projected crossing; observed crossing</extracomment>
        <translation>%1 ; %2</translation>
    </message>
    <message>
        <source>Universal Scalability Law</source>
        <translation>Loi universelle de scalabilité (USL)</translation>
    </message>
    <message>
        <source>Contention σ:</source>
        <translation>Contention σ :</translation>
    </message>
    <message>
        <source>The share of the work that queues for one resource: throughput levels off</source>
        <translation>La part du travail qui attend une même ressource : le débit plafonne</translation>
    </message>
    <message>
        <source>Coherency κ:</source>
        <translation>Cohérence κ :</translation>
    </message>
    <message>
        <source>The cost of keeping the users&apos; state consistent: what makes throughput fall past its peak</source>
        <translation>Le coût de garder cohérent l&apos;état des utilisateurs : ce qui fait baisser le débit après son pic</translation>
    </message>
    <message>
        <source>One user λ:</source>
        <translation>Un utilisateur λ :</translation>
    </message>
    <message>
        <source>Throughput of one user with no contention</source>
        <translation>Débit d&apos;un utilisateur seul, sans contention</translation>
    </message>
    <message>
        <source>Fit:</source>
        <translation>Ajustement :</translation>
    </message>
    <message>
        <source>Stages the USL is fitted on and the share of their throughput&apos;s variance it explains</source>
        <translation>Paliers sur lesquels la loi USL est ajustée, et la part de la variance de leur débit qu&apos;elle explique</translation>
    </message>
    <message>
        <source>Think time Z:</source>
        <translation>Temps de réflexion Z :</translation>
    </message>
    <message>
        <source>Time a user waits between requests, from the two lowest stages (Little&apos;s law)</source>
        <translation>Temps qu&apos;un utilisateur attend entre deux requêtes, tiré des deux plus bas paliers (loi de Little)</translation>
    </message>
    <message>
        <source>Throughput peak:</source>
        <translation>Pic de débit :</translation>
    </message>
    <message>
        <source>N*, where throughput stops growing; determined only when κ&apos;s interval excludes 0</source>
        <translation>N*, là où le débit cesse de croître ; déterminé seulement quand l&apos;intervalle de κ exclut 0</translation>
    </message>
    <message>
        <source>Key p95 leaves green:</source>
        <translation>Le p95 clé quitte le vert :</translation>
    </message>
    <message>
        <source>Users at which the key transaction&apos;s p95 leaves green: projected by the model, and as the stages show it</source>
        <translation>Nombre d&apos;utilisateurs où le p95 de la transaction clé quitte le vert : projeté par le modèle, et tel que les paliers le montrent</translation>
    </message>
    <message>
        <source>Key p95 turns red:</source>
        <translation>Le p95 clé passe au rouge :</translation>
    </message>
    <message>
        <source>Users at which the key transaction&apos;s p95 turns red: projected by the model, and as the stages show it</source>
        <translation>Nombre d&apos;utilisateurs où le p95 de la transaction clé passe au rouge : projeté par le modèle, et tel que les paliers le montrent</translation>
    </message>
    <message>
        <source>Stages as the capacity model reads them</source>
        <translation>Les paliers tels que le modèle de capacité les lit</translation>
    </message>
    <message>
        <source>&lt;b&gt;Stages&lt;/b&gt; as the model reads them, and Little&apos;s law on each</source>
        <translation>&lt;b&gt;Paliers&lt;/b&gt; tels que le modèle les lit, et la loi de Little sur chacun</translation>
    </message>
    <message>
        <source>No run opened.</source>
        <translation>Aucun run ouvert.</translation>
    </message>
    <message>
        <source>Capacity model: %1</source>
        <translation>Modèle de capacité : %1</translation>
    </message>
    <message>
        <source> req/s</source>
        <translation> req/s</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 at %2 users</source>
        <translation>%1 à %2 utilisateurs</translation>
    </message>
    <message>
        <source>not determined (κ&apos;s interval reaches 0)</source>
        <translation>non déterminé (l&apos;intervalle de κ atteint 0)</translation>
    </message>
</context>
<context>
    <name>palier::ui::CapacityStageModel</name>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>%1 off by %2</source>
        <translation>%1 écart de %2</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no: load generator overloaded</source>
        <translation>non : générateur de charge saturé</translation>
    </message>
    <message>
        <source>no: no throughput</source>
        <translation>non : pas de débit</translation>
    </message>
    <message>
        <source>Requests per second over the stage&apos;s plateau at constant users: what the USL is fitted on</source>
        <translation>Requêtes par seconde sur le plateau du palier, à utilisateurs constants : ce sur quoi la loi USL est ajustée</translation>
    </message>
    <message>
        <source>Users averaged over the stage&apos;s history</source>
        <translation>Utilisateurs moyennés sur l&apos;historique du palier</translation>
    </message>
    <message>
        <source>Little&apos;s law needs the think time, unknown here</source>
        <translation>La loi de Little demande le temps de réflexion, inconnu ici</translation>
    </message>
    <message>
        <source>Little&apos;s law: throughput × (mean response + think time %1 s) gives %2 users; more than %3 % away from the history&apos;s users is a finding</source>
        <translation>Loi de Little : débit × (réponse moyenne + temps de réflexion %1 s) donne %2 utilisateurs ; plus de %3 % d&apos;écart avec les utilisateurs de l&apos;historique est un constat</translation>
    </message>
    <message>
        <source>The load generator could not drive this stage: its throughput says nothing of the server</source>
        <translation>Le générateur de charge n&apos;a pas pu tenir ce palier : son débit ne dit rien du serveur</translation>
    </message>
    <message>
        <source>N = X × (R + Z): throughput X, mean response R, think time Z</source>
        <translation>N = X × (R + Z) : débit X, réponse moyenne R, temps de réflexion Z</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Utilisateurs</translation>
    </message>
    <message>
        <source>Plateau throughput</source>
        <translation>Débit du plateau</translation>
    </message>
    <message>
        <source>Mean response</source>
        <translation>Réponse moyenne</translation>
    </message>
    <message>
        <source>Users (history)</source>
        <translation>Utilisateurs (historique)</translation>
    </message>
    <message>
        <source>Users (Little&apos;s law)</source>
        <translation>Utilisateurs (loi de Little)</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Écart</translation>
    </message>
    <message>
        <source>In the fit</source>
        <translation>Dans l&apos;ajustement</translation>
    </message>
</context>
<context>
    <name>palier::ui::CapacityWindowModel</name>
    <message>
        <source>not projected</source>
        <translation>non projeté</translation>
    </message>
    <message>
        <source>%1 at %2 users</source>
        <translation>%1 à %2 utilisateurs</translation>
    </message>
    <message>
        <source>not determined</source>
        <translation>non déterminé</translation>
    </message>
    <message>
        <source>Projected by the model; the stages crossed the limit at about %1 users</source>
        <translation>Projeté par le modèle ; les paliers ont franchi la limite vers %1 utilisateurs</translation>
    </message>
    <message>
        <source>Projected by the model; the stages show no crossing to compare it with</source>
        <translation>Projeté par le modèle ; les paliers ne montrent aucun franchissement pour le comparer</translation>
    </message>
    <message>
        <source>Users at which the key transaction&apos;s p95, projected by the capacity model, leaves green (orange) or turns red</source>
        <translation>Nombre d&apos;utilisateurs où le p95 de la transaction clé, projeté par le modèle de capacité, quitte le vert (orange) ou passe au rouge</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Run</translation>
    </message>
    <message>
        <source>Capacity model</source>
        <translation>Modèle de capacité</translation>
    </message>
    <message>
        <source>Users before orange</source>
        <translation>Utilisateurs avant orange</translation>
    </message>
    <message>
        <source>Users before red</source>
        <translation>Utilisateurs avant rouge</translation>
    </message>
    <message>
        <source>Throughput peak</source>
        <translation>Pic de débit</translation>
    </message>
    <message>
        <source>R²</source>
        <translation>R²</translation>
    </message>
</context>
<context>
    <name>palier::ui::ChartView</name>
    <message>
        <source>No data to show</source>
        <translation>Aucune donnée à afficher</translation>
    </message>
    <message>
        <source>Chart exported by Palier</source>
        <translation>Graphique exporté par Palier</translation>
    </message>
    <message>
        <source>Export Chart as PNG…</source>
        <translation>Exporter le graphique en PNG…</translation>
    </message>
    <message>
        <source>Export Chart as SVG…</source>
        <translation>Exporter le graphique en SVG…</translation>
    </message>
    <message>
        <source>chart</source>
        <translation>graphique</translation>
    </message>
    <message>
        <source>Export Chart as SVG</source>
        <translation>Exporter le graphique en SVG</translation>
    </message>
    <message>
        <source>Export Chart as PNG</source>
        <translation>Exporter le graphique en PNG</translation>
    </message>
    <message>
        <source>SVG images (*.svg)</source>
        <translation>Images SVG (*.svg)</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Images PNG (*.png)</translation>
    </message>
    <message>
        <source>Export Failed</source>
        <translation>Échec de l&apos;export</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>Impossible d&apos;écrire %1.</translation>
    </message>
    <message>
        <source>Show the whole range (or double-click the chart)</source>
        <translation>Afficher toute la plage (ou double-cliquer sur le graphique)</translation>
    </message>
    <message>
        <source>Reset zoom</source>
        <translation>Réinitialiser le zoom</translation>
    </message>
    <message>
        <source>Export this chart</source>
        <translation>Exporter ce graphique</translation>
    </message>
    <message>
        <source>Export chart</source>
        <translation>Exporter le graphique</translation>
    </message>
    <message>
        <source>PNG at twice the screen&apos;s resolution…</source>
        <translation>PNG au double de la résolution de l’écran…</translation>
    </message>
    <message>
        <source>PNG at a chosen resolution…</source>
        <translation>PNG à une résolution choisie…</translation>
    </message>
    <message>
        <source>Resolution (dots per inch):</source>
        <translation>Résolution (points par pouce) :</translation>
    </message>
    <message>
        <source>SVG (vector)…</source>
        <translation>SVG (vectoriel)…</translation>
    </message>
    <message>
        <source>Reset Zoom</source>
        <translation>Réinitialiser le zoom</translation>
    </message>
</context>
<context>
    <name>palier::ui::CompareModel</name>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>Not comparable with the newest run (other stages or stage durations), or older than the window</source>
        <translation>Pas comparable au run le plus récent (autres paliers ou autres durées de palier), ou plus ancien que la fenêtre</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Run</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>Stages (users)</source>
        <translation>Paliers (utilisateurs)</translation>
    </message>
    <message>
        <source>In window</source>
        <translation>Dans la fenêtre</translation>
    </message>
    <message>
        <source>Error rate</source>
        <translation>Taux d&apos;erreur</translation>
    </message>
    <message>
        <source>Saturation point</source>
        <translation>Point de saturation</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <source>p95 of %1 at the target stage (%2 users)</source>
        <translation>p95 de %1 au palier cible (%2 utilisateurs)</translation>
    </message>
    <message>
        <source>Key p95</source>
        <translation>p95 clé</translation>
    </message>
    <message>
        <source>yes, set aside (invalid run)</source>
        <translation>oui, écarté (run invalide)</translation>
    </message>
    <message>
        <source>%1 (baseline)</source>
        <translation>%1 (référence)</translation>
    </message>
    <message>
        <source>%1 (%2%3 %)</source>
        <translation>%1 (%2%3 %)</translation>
    </message>
    <message>
        <source>Baseline %1: %2</source>
        <translation>Référence %1 : %2</translation>
    </message>
    <message>
        <source>Requests per second at the target stage (%1 users)</source>
        <translation>Requêtes par seconde au palier cible (%1 utilisateurs)</translation>
    </message>
    <message>
        <source>Throughput</source>
        <translation>Débit</translation>
    </message>
</context>
<context>
    <name>palier::ui::CompareView</name>
    <message>
        <source>Show &amp;every run loaded, not only the window</source>
        <translation>Afficher &amp;tous les runs chargés, pas seulement la fenêtre</translation>
    </message>
    <message>
        <source>Runs compared</source>
        <translation>Runs comparés</translation>
    </message>
    <message>
        <source>No runs opened.</source>
        <translation>Aucun run ouvert.</translation>
    </message>
    <message>
        <source>Comparable runs have the same stages and stage durations within ±%1 %. The window holds the newest run and the %2 most recent runs comparable to it.</source>
        <translation>Des runs comparables ont les mêmes paliers et des durées de palier égales à ±%1 % près. La fenêtre contient le run le plus récent et les %2 runs les plus récents qui lui sont comparables.</translation>
    </message>
    <message>
        <source>&amp;Baseline:</source>
        <translation>&amp;Référence :</translation>
    </message>
    <message>
        <source>Pin a run: every other run&apos;s figures show their change against it</source>
        <translation>Épingler un run : les chiffres de chaque autre run montrent leur écart par rapport à lui</translation>
    </message>
    <message>
        <source>Unpin Baseline</source>
        <translation>Désépingler la référence</translation>
    </message>
    <message>
        <source>Pin as Baseline</source>
        <translation>Épingler comme référence</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucune</translation>
    </message>
</context>
<context>
    <name>palier::ui::ConnectionDialog</name>
    <message>
        <source>PostgreSQL %1.%2, table %3</source>
        <translation>PostgreSQL %1.%2, table %3</translation>
    </message>
    <message>
        <source>Remember the password in the system keychain</source>
        <translation>Retenir le mot de passe dans le trousseau du système</translation>
    </message>
    <message>
        <source>&amp;Test</source>
        <translation>&amp;Tester</translation>
    </message>
    <message>
        <source>Database Connection</source>
        <translation>Connexion à la base de données</translation>
    </message>
    <message>
        <source>for example: production</source>
        <translation>par exemple : production</translation>
    </message>
    <message>
        <source>Any libpq connection string: a postgresql:// URI or host=… dbname=… pairs</source>
        <translation>Toute chaîne de connexion libpq : une URI postgresql:// ou des paires host=… dbname=…</translation>
    </message>
    <message>
        <source>entry of pg_service.conf</source>
        <translation>entrée de pg_service.conf</translation>
    </message>
    <message>
        <source>local socket</source>
        <translation>socket local</translation>
    </message>
    <message>
        <source>default (5432)</source>
        <translation>par défaut (5432)</translation>
    </message>
    <message>
        <source>default (prefer)</source>
        <translation>par défaut (prefer)</translation>
    </message>
    <message>
        <source>&amp;URI or string:</source>
        <translation>&amp;URI ou chaîne :</translation>
    </message>
    <message>
        <source>&amp;Service:</source>
        <translation>&amp;Service :</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Hôte :</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port :</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Base :</translation>
    </message>
    <message>
        <source>U&amp;ser:</source>
        <translation>U&amp;tilisateur :</translation>
    </message>
    <message>
        <source>SSL &amp;mode:</source>
        <translation>&amp;Mode SSL :</translation>
    </message>
    <message>
        <source>Fields</source>
        <translation>Champs</translation>
    </message>
    <message>
        <source>URI</source>
        <translation>URI</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>&amp;Table:</source>
        <translation>T&amp;able :</translation>
    </message>
    <message>
        <source>Passwords are never written to Palier&apos;s settings. Without one here, libpq looks in PGPASSWORD, ~/.pgpass and the service file, as psql does.</source>
        <translation>Les mots de passe ne sont jamais écrits dans les réglages de Palier. Sans mot de passe ici, libpq cherche dans PGPASSWORD, ~/.pgpass et le fichier de service, comme psql.</translation>
    </message>
    <message>
        <source>Give the connection a name.</source>
        <translation>Donnez un nom à la connexion.</translation>
    </message>
    <message>
        <source>A connection named %1 exists already.</source>
        <translation>Une connexion nommée %1 existe déjà.</translation>
    </message>
    <message>
        <source>Enter a URI or connection string.</source>
        <translation>Saisissez une URI ou une chaîne de connexion.</translation>
    </message>
    <message>
        <source>Enter a service name.</source>
        <translation>Saisissez un nom de service.</translation>
    </message>
    <message>
        <source>The password in this URI is used for this session and moved to the keychain; the saved URI will not hold it.</source>
        <translation>Le mot de passe de cette URI sert pour cette session et est déplacé dans le trousseau ; l&apos;URI enregistrée ne le contiendra pas.</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Connexion…</translation>
    </message>
    <message>
        <source>Connected: %1.</source>
        <translation>Connecté : %1.</translation>
    </message>
    <message>
        <source>Could not connect: %1</source>
        <translation>Connexion impossible : %1</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>The server asks for a password for %1:</source>
        <translation>Le serveur demande un mot de passe pour %1 :</translation>
    </message>
</context>
<context>
    <name>palier::ui::CriteriaModel</name>
    <message>
        <source>p50 latency (ms)</source>
        <translation>Latence p50 (ms)</translation>
    </message>
    <message>
        <source>p95 latency (ms)</source>
        <translation>Latence p95 (ms)</translation>
    </message>
    <message>
        <source>p99 latency (ms)</source>
        <translation>Latence p99 (ms)</translation>
    </message>
    <message>
        <source>Average latency (ms)</source>
        <translation>Latence moyenne (ms)</translation>
    </message>
    <message>
        <source>Error rate (%)</source>
        <translation>Taux d&apos;erreur (%)</translation>
    </message>
    <message>
        <source>Throughput (req/s)</source>
        <translation>Débit (req/s)</translation>
    </message>
    <message>
        <source>Target stage held</source>
        <translation>Palier cible tenu</translation>
    </message>
    <message>
        <source>Target stage</source>
        <translation>Palier cible</translation>
    </message>
    <message>
        <source>Stages up to the target</source>
        <translation>Paliers jusqu&apos;à la cible</translation>
    </message>
    <message>
        <source>Whole run</source>
        <translation>Run entier</translation>
    </message>
    <message>
        <source>Green when the value is at least this</source>
        <translation>Vert quand la valeur atteint au moins ce seuil</translation>
    </message>
    <message>
        <source>Green when the value is at most this</source>
        <translation>Vert quand la valeur ne dépasse pas ce seuil</translation>
    </message>
    <message>
        <source>Red below this</source>
        <translation>Rouge en dessous</translation>
    </message>
    <message>
        <source>Red above this</source>
        <translation>Rouge au-dessus</translation>
    </message>
    <message>
        <source>Green needs a strict comparison (error rate: green below 1 %, not at 1 %)</source>
        <translation>Le vert exige une comparaison stricte (taux d&apos;erreur : vert sous 1 %, pas à 1 %)</translation>
    </message>
    <message>
        <source>Red already at the orange limit</source>
        <translation>Rouge dès la limite orange</translation>
    </message>
    <message>
        <source>Take the key transaction&apos;s value rather than all requests</source>
        <translation>Prendre la valeur de la transaction clé plutôt que celle de toutes les requêtes</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Libellé</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>Métrique</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Portée</translation>
    </message>
    <message>
        <source>Key transaction</source>
        <translation>Transaction clé</translation>
    </message>
    <message>
        <source>Higher is better</source>
        <translation>Plus haut est meilleur</translation>
    </message>
    <message>
        <source>Green limit</source>
        <translation>Limite verte</translation>
    </message>
    <message>
        <source>Orange limit</source>
        <translation>Limite orange</translation>
    </message>
    <message>
        <source>Strict green</source>
        <translation>Vert strict</translation>
    </message>
    <message>
        <source>Strict orange</source>
        <translation>Orange strict</translation>
    </message>
</context>
<context>
    <name>palier::ui::DecisionBadge</name>
    <message>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <source>No decision</source>
        <translation>Aucune décision</translation>
    </message>
    <message>
        <source>%1 (provisional)</source>
        <translation>%1 (provisoire)</translation>
    </message>
    <message>
        <source>No decision yet</source>
        <translation>Pas encore de décision</translation>
    </message>
    <message>
        <source>provisional</source>
        <translation>provisoire</translation>
    </message>
</context>
<context>
    <name>palier::ui::DecisionView</name>
    <message>
        <source>Export Report…</source>
        <translation>Exporter le rapport…</translation>
    </message>
    <message>
        <source>Decision grid</source>
        <translation>Grille de décision</translation>
    </message>
    <message>
        <source>Language of the report (the team&apos;s template is in French)</source>
        <translation>Langue du rapport (le modèle de l&apos;équipe est en français)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Weekly report&lt;/b&gt; (preview)</source>
        <translation>&lt;b&gt;Rapport hebdomadaire&lt;/b&gt; (aperçu)</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Langue :</translation>
    </message>
    <message>
        <source>Report preview</source>
        <translation>Aperçu du rapport</translation>
    </message>
    <message>
        <source>No load-test runs opened</source>
        <translation>Aucun run de test de charge ouvert</translation>
    </message>
    <message>
        <source>Open result files or a folder (File ▸ Open, or drop them on the window) to apply the grid.</source>
        <translation>Ouvrez des fichiers de résultats ou un dossier (Fichier ▸ Ouvrir, ou déposez-les sur la fenêtre) pour appliquer la grille.</translation>
    </message>
    <message>
        <source>Window: %1 (%2 of %3 comparable runs)</source>
        <translation>Fenêtre : %1 (%2 runs comparables sur %3)</translation>
    </message>
    <message>
        <source>Score %1 (%2): %3 red, %4 orange</source>
        <translation>Score %1 (%2) : %3 rouge(s), %4 orange(s)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Capacity&lt;/b&gt; of the window&apos;s runs, oldest first: how many users before the key p95 turns orange or red, as the capacity model projects it</source>
        <translation>&lt;b&gt;Capacité&lt;/b&gt; des runs de la fenêtre, du plus ancien au plus récent : combien d&apos;utilisateurs avant que le p95 clé passe à l&apos;orange ou au rouge, selon la projection du modèle de capacité</translation>
    </message>
    <message>
        <source>Capacity of the window&apos;s runs</source>
        <translation>Capacité des runs de la fenêtre</translation>
    </message>
</context>
<context>
    <name>palier::ui::DistributionModel</name>
    <message>
        <source>%1 (all requests)</source>
        <translation>%1 (toutes les requêtes)</translation>
    </message>
    <message>
        <source>%1%2 (%3)</source>
        <translation>%1%2 (%3)</translation>
    </message>
    <message>
        <source>This stage has no figures for the key transaction: all its requests are counted.</source>
        <translation>Ce palier n’a pas de chiffres pour la transaction clé : toutes ses requêtes sont comptées.</translation>
    </message>
    <message>
        <source>Estimated from the percentiles the tool reports (it keeps no samples).</source>
        <translation>Estimé à partir des percentiles que l’outil fournit (il ne garde pas les échantillons).</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Palier</translation>
    </message>
    <message>
        <source>%1 ≤ %2</source>
        <translation>%1 ≤ %2</translation>
    </message>
    <message>
        <source>%1 %2 – %3</source>
        <translation>%1 %2 – %3</translation>
    </message>
    <message>
        <source>%1 &gt; %2</source>
        <translation>%1 &gt; %2</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>En échec</translation>
    </message>
    <message>
        <source>What the monitoring table logged for the key transaction during this stage: counted from its events&apos; durations.</source>
        <translation>Ce que la table de monitoring a enregistré pour la transaction clé pendant ce palier : compté à partir des durées de ses événements.</translation>
    </message>
    <message>
        <source>%1, server</source>
        <translation>%1, serveur</translation>
    </message>
</context>
<context>
    <name>palier::ui::DistributionPanel</name>
    <message>
        <source>Latency ranges by stage</source>
        <translation>Tranches de temps de réponse par palier</translation>
    </message>
    <message>
        <source>Requests of %1 by the grid&apos;s p95 limits, stage by stage (all requests where a stage has no figures for it). Select a stage for its histogram.</source>
        <translation>Requêtes de %1 selon les limites p95 de la grille, palier par palier (toutes les requêtes là où un palier n’a pas de chiffres pour elle). Sélectionnez un palier pour voir son histogramme.</translation>
    </message>
    <message>
        <source>Estimated from Locust&apos;s percentiles: Locust keeps no samples, so the shares are read from its percentile columns (≈).</source>
        <translation>Estimé à partir des percentiles de Locust : Locust ne garde pas les échantillons, les parts sont donc lues dans ses colonnes de percentiles (≈).</translation>
    </message>
    <message>
        <source>No stages in this run: no distribution to show.</source>
        <translation>Aucun palier dans ce run : pas de distribution à afficher.</translation>
    </message>
    <message>
        <source>Response times at %1</source>
        <translation>Temps de réponse à %1</translation>
    </message>
    <message>
        <source>Response time (ms)</source>
        <translation>Temps de réponse (ms)</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>Share of successful requests (%)</source>
        <translation>Part des requêtes réussies (%)</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>No durations for this stage.</source>
        <translation>Aucune durée pour ce palier.</translation>
    </message>
    <message>
        <source>%1 ≤ %2</source>
        <translation>%1 ≤ %2</translation>
    </message>
    <message>
        <source>%1 &gt; %2</source>
        <translation>%1 &gt; %2</translation>
    </message>
    <message>
        <source>%1, server</source>
        <translation>%1, serveur</translation>
    </message>
    <message>
        <source>Response times at %1, estimated</source>
        <translation>Temps de réponse à %1, estimés</translation>
    </message>
</context>
<context>
    <name>palier::ui::EndpointModel</name>
    <message>
        <source>Key transaction of the grid</source>
        <translation>Transaction clé de la grille</translation>
    </message>
    <message>
        <source>Group: %1</source>
        <translation>Groupe : %1</translation>
    </message>
    <message>
        <source>Scenario: %1</source>
        <translation>Scénario : %1</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Méthode</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>Point d&apos;accès</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Requêtes</translation>
    </message>
    <message>
        <source>Failures</source>
        <translation>Échecs</translation>
    </message>
    <message>
        <source>Error rate</source>
        <translation>Taux d&apos;erreur</translation>
    </message>
    <message>
        <source>Average</source>
        <translation>Moyenne</translation>
    </message>
    <message>
        <source>p50</source>
        <translation>p50</translation>
    </message>
    <message>
        <source>p95</source>
        <translation>p95</translation>
    </message>
    <message>
        <source>p99</source>
        <translation>p99</translation>
    </message>
    <message>
        <source>Max</source>
        <translation>Max</translation>
    </message>
    <message>
        <source>Throughput</source>
        <translation>Débit</translation>
    </message>
</context>
<context>
    <name>palier::ui::ErrorModel</name>
    <message>
        <source>Occurrences</source>
        <translation>Occurrences</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Méthode</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>Point d&apos;accès</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
</context>
<context>
    <name>palier::ui::ExportDialog</name>
    <message>
        <source>Export Report</source>
        <translation>Exporter le rapport</translation>
    </message>
    <message>
        <source>Markdown (.md)</source>
        <translation>Markdown (.md)</translation>
    </message>
    <message>
        <source>HTML (.html)</source>
        <translation>HTML (.html)</translation>
    </message>
    <message>
        <source>PDF (.pdf)</source>
        <translation>PDF (.pdf)</translation>
    </message>
    <message>
        <source>week of the newest run</source>
        <translation>semaine du run le plus récent</translation>
    </message>
    <message>
        <source>ISO week, for example 2026-W47</source>
        <translation>Semaine ISO, par exemple 2026-W47</translation>
    </message>
    <message>
        <source>derived from the decision</source>
        <translation>déduite de la décision</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format :</translation>
    </message>
    <message>
        <source>Report &amp;language:</source>
        <translation>&amp;Langue du rapport :</translation>
    </message>
    <message>
        <source>&amp;Week:</source>
        <translation>&amp;Semaine :</translation>
    </message>
    <message>
        <source>&amp;Application:</source>
        <translation>&amp;Application :</translation>
    </message>
    <message>
        <source>&amp;Environment:</source>
        <translation>&amp;Environnement :</translation>
    </message>
    <message>
        <source>Next &amp;action:</source>
        <translation>A&amp;ction suivante :</translation>
    </message>
    <message>
        <source>The week must read YYYY-Www, for example 2026-W47.</source>
        <translation>La semaine doit être au format YYYY-Www, par exemple 2026-W47.</translation>
    </message>
</context>
<context>
    <name>palier::ui::Format</name>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>%1 req/s</source>
        <translation>%1 req/s</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message numerus="yes">
        <source>%n users</source>
        <translation>
            <numerusform>%n utilisateur</numerusform>
            <numerusform>%n utilisateurs</numerusform>
        </translation>
    </message>
    <message>
        <source>held</source>
        <translation>tenu</translation>
    </message>
    <message>
        <source>held, degraded</source>
        <translation>tenu, dégradé</translation>
    </message>
    <message>
        <source>not held</source>
        <translation>non tenu</translation>
    </message>
    <message>
        <source>not evaluated</source>
        <translation>non évalué</translation>
    </message>
    <message>
        <source>stable</source>
        <translation>stable</translation>
    </message>
    <message>
        <source>degrading</source>
        <translation>en dégradation</translation>
    </message>
    <message>
        <source>unstable</source>
        <translation>instable</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
</context>
<context>
    <name>palier::ui::GridModel</name>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <source>2 × reds + oranges: 0–1 OK, 2 attention, 3 or more migrate now</source>
        <translation>2 × rouges + oranges : 0–1 OK, 2 attention, 3 ou plus à migrer</translation>
    </message>
    <message>
        <source>GO: no red and at most one orange. WATCH: no red and two oranges. NO-GO: a red, or three oranges or more.</source>
        <translation>GO : aucun rouge et au plus un orange. WATCH : aucun rouge et deux oranges. NO-GO : un rouge, ou trois oranges ou plus.</translation>
    </message>
    <message>
        <source>? inconsistent</source>
        <translation>? incohérent</translation>
    </message>
    <message>
        <source>not evaluated</source>
        <translation>non évalué</translation>
    </message>
    <message>
        <source>Not evaluated in the window</source>
        <translation>Non évalué dans la fenêtre</translation>
    </message>
    <message>
        <source>The runs disagree (%1): no colour appears in %2 of them. Rerun before deciding.</source>
        <translation>Les runs divergent (%1) : aucune couleur n&apos;apparaît dans %2 d&apos;entre eux. Relancez avant de décider.</translation>
    </message>
    <message>
        <source>%1 in the window (runs, newest first: %2)</source>
        <translation>%1 dans la fenêtre (runs, du plus récent au plus ancien : %2)</translation>
    </message>
    <message>
        <source>Not evaluated</source>
        <translation>Non évalué</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message numerus="yes">
        <source>%n red(s)</source>
        <translation>
            <numerusform>%n rouge</numerusform>
            <numerusform>%n rouges</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n orange(s)</source>
        <translation>
            <numerusform>%n orange</numerusform>
            <numerusform>%n oranges</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (provisional)</source>
        <translation>%1 (provisoire)</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Critère</translation>
    </message>
    <message numerus="yes">
        <source>Window (%n run(s))</source>
        <translation>
            <numerusform>Fenêtre (%n run)</numerusform>
            <numerusform>Fenêtre (%n runs)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2: 2 × %3 + %4 = %5</source>
        <translation>%1, %2 : 2 × %3 + %4 = %5</translation>
    </message>
    <message>
        <source>%1
(invalid run)</source>
        <translation>%1
(run invalide)</translation>
    </message>
    <message>
        <source>Held for the required duration without continuous degradation, collapse or windows standing out (%1)</source>
        <translation>Tenu pendant la durée requise sans dégradation continue, effondrement ni fenêtre qui se détache (%1)</translation>
    </message>
    <message>
        <source>required</source>
        <translation>requis</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>facultatif</translation>
    </message>
    <message>
        <source>Green %1, red %2 (%3)</source>
        <translation>Vert %1, rouge %2 (%3)</translation>
    </message>
</context>
<context>
    <name>palier::ui::KeychainSecretStore</name>
    <message>
        <source>memory, for this session only (the system keychain is not available: %1)</source>
        <translation>la mémoire, pour cette session seulement (le trousseau du système n&apos;est pas disponible : %1)</translation>
    </message>
    <message>
        <source>the system keychain</source>
        <translation>le trousseau du système</translation>
    </message>
    <message>
        <source>The system keychain is not available (%1): the password is kept in memory for this session only.</source>
        <translation>Le trousseau du système n&apos;est pas disponible (%1) : le mot de passe est gardé en mémoire pour cette session seulement.</translation>
    </message>
    <message>
        <source>The password is stored in the system keychain.</source>
        <translation>Le mot de passe est enregistré dans le trousseau du système.</translation>
    </message>
    <message>
        <source>The system keychain refused the password (%1): it is kept in memory for this session only.</source>
        <translation>Le trousseau du système a refusé le mot de passe (%1) : il est gardé en mémoire pour cette session seulement.</translation>
    </message>
</context>
<context>
    <name>palier::ui::LoadProgress</name>
    <message>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <source>Stop loading; what is shown now stays as it is</source>
        <translation>Arrêter le chargement ; ce qui est affiché reste tel quel</translation>
    </message>
    <message>
        <source>Loading %1…</source>
        <translation>Chargement de %1…</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message numerus="yes">
        <source>about %n s left</source>
        <translation>
            <numerusform>encore %n s environ</numerusform>
            <numerusform>encore %n s environ</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>palier::ui::LoadTestView</name>
    <message>
        <source>&amp;Run:</source>
        <translation>&amp;Run :</translation>
    </message>
    <message>
        <source>Stages</source>
        <translation>Paliers</translation>
    </message>
    <message>
        <source>By users</source>
        <translation>Par utilisateurs</translation>
    </message>
    <message>
        <source>Over time</source>
        <translation>Dans le temps</translation>
    </message>
    <message>
        <source>&amp;Figures over:</source>
        <translation>&amp;Chiffres sur :</translation>
    </message>
    <message>
        <source>Endpoints</source>
        <translation>Points d&apos;accès</translation>
    </message>
    <message>
        <source>Top errors</source>
        <translation>Erreurs principales</translation>
    </message>
    <message>
        <source>Whole run</source>
        <translation>Run entier</translation>
    </message>
    <message>
        <source>No run opened.</source>
        <translation>Aucun run ouvert.</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message numerus="yes">
        <source>%n stage(s)</source>
        <translation>
            <numerusform>%n palier</numerusform>
            <numerusform>%n paliers</numerusform>
        </translation>
    </message>
    <message>
        <source>decision of this run: %1</source>
        <translation>décision de ce run : %1</translation>
    </message>
    <message>
        <source>saturation at %1</source>
        <translation>saturation à %1</translation>
    </message>
    <message>
        <source>No errors recorded in this run.</source>
        <translation>Aucune erreur enregistrée dans ce run.</translation>
    </message>
    <message>
        <source>%1 failures in %2 kinds, most frequent first.</source>
        <translation>%1 échecs de %2 types, les plus fréquents en premier.</translation>
    </message>
    <message>
        <source>Thresholds</source>
        <translation>Seuils</translation>
    </message>
    <message>
        <source>whole-run figures only</source>
        <translation>chiffres du run entier uniquement</translation>
    </message>
    <message>
        <source>Thresholds (%1 failed)</source>
        <translation>Seuils (%1 non respectés)</translation>
    </message>
    <message>
        <source>invalid run: see Problems</source>
        <translation>run invalide : voir Problèmes</translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s) in Problems</source>
        <translation>
            <numerusform>%n constat dans Problèmes</numerusform>
            <numerusform>%n constats dans Problèmes</numerusform>
        </translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Capacité</translation>
    </message>
    <message>
        <source>Client vs server</source>
        <translation>Client face au serveur</translation>
    </message>
    <message>
        <source>Open the monitoring events (File ▸ Open Monitoring Events…) to set what the server logged during each stage beside the load generator&apos;s figures.</source>
        <translation>Ouvrez les événements de suivi (Fichier ▸ Ouvrir des événements de suivi…) pour placer ce que le serveur a enregistré pendant chaque palier à côté des chiffres du générateur de charge.</translation>
    </message>
    <message>
        <source>This run has no timed stage to compare with the server&apos;s events.</source>
        <translation>Ce run n&apos;a pas de palier daté à comparer aux événements du serveur.</translation>
    </message>
    <message>
        <source>Traffic just before the run (other runs left out): %1 searches/s over %2.</source>
        <translation>Trafic juste avant le run (autres runs exclus) : %1 recherches/s sur %2.</translation>
    </message>
    <message>
        <source>Distribution</source>
        <translation>Distribution</translation>
    </message>
</context>
<context>
    <name>palier::ui::MainWindow</name>
    <message>
        <source>&amp;Decision</source>
        <translation>&amp;Décision</translation>
    </message>
    <message>
        <source>&amp;Load Test</source>
        <translation>&amp;Test de charge</translation>
    </message>
    <message>
        <source>&amp;Compare</source>
        <translation>&amp;Comparer</translation>
    </message>
    <message>
        <source>&amp;Production</source>
        <translation>&amp;Production</translation>
    </message>
    <message>
        <source>Loading stopped; the window shows what it showed before.</source>
        <translation>Chargement arrêté ; la fenêtre affiche ce qu&apos;elle affichait avant.</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problèmes</translation>
    </message>
    <message>
        <source>Grid Profile</source>
        <translation>Profil de grille</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Open Files…</source>
        <translation>&amp;Ouvrir des fichiers…</translation>
    </message>
    <message>
        <source>Open Locust or k6 result files</source>
        <translation>Ouvrir des fichiers de résultats Locust ou k6</translation>
    </message>
    <message>
        <source>Open &amp;Folder…</source>
        <translation>Ouvrir un &amp;dossier…</translation>
    </message>
    <message>
        <source>Open a folder of results: each folder of result files inside is a run</source>
        <translation>Ouvrir un dossier de résultats : chaque dossier de fichiers de résultats qu&apos;il contient est un run</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Ouvrir un fichier &amp;récent</translation>
    </message>
    <message>
        <source>Open the &amp;Sample Week</source>
        <translation>Ouvrir la &amp;semaine d&apos;exemple</translation>
    </message>
    <message>
        <source>&amp;Export Report…</source>
        <translation>&amp;Exporter le rapport…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <source>Production: query the database now. Other views: read the opened files again.</source>
        <translation>Production : interroger la base maintenant. Autres vues : relire les fichiers ouverts.</translation>
    </message>
    <message>
        <source>&amp;Grid</source>
        <translation>&amp;Grille</translation>
    </message>
    <message>
        <source>&amp;Edit Profile</source>
        <translation>&amp;Modifier le profil</translation>
    </message>
    <message>
        <source>&amp;Load Profile…</source>
        <translation>&amp;Charger un profil…</translation>
    </message>
    <message>
        <source>&amp;Save Profile As…</source>
        <translation>&amp;Enregistrer le profil sous…</translation>
    </message>
    <message>
        <source>Use the &amp;Built-in Grid</source>
        <translation>Utiliser la grille &amp;intégrée</translation>
    </message>
    <message>
        <source>&amp;Database</source>
        <translation>&amp;Base de données</translation>
    </message>
    <message>
        <source>&amp;New Connection…</source>
        <translation>&amp;Nouvelle connexion…</translation>
    </message>
    <message>
        <source>&amp;Refresh Now</source>
        <translation>&amp;Actualiser maintenant</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ai&amp;de</translation>
    </message>
    <message>
        <source>&amp;About Palier</source>
        <translation>&amp;À propos de Palier</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>À propos de &amp;Qt</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Principale</translation>
    </message>
    <message>
        <source>The sample week is not installed.</source>
        <translation>La semaine d&apos;exemple n&apos;est pas installée.</translation>
    </message>
    <message numerus="yes">
        <source>Opened %n run(s).</source>
        <translation>
            <numerusform>%n run ouvert.</numerusform>
            <numerusform>%n runs ouverts.</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not open: %1</source>
        <translation>Impossible d&apos;ouvrir : %1</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n erreur</numerusform>
            <numerusform>%n erreurs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n avertissement</numerusform>
            <numerusform>%n avertissements</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — Palier</source>
        <translation>%1 — Palier</translation>
    </message>
    <message>
        <source>Open Result Files</source>
        <translation>Ouvrir des fichiers de résultats</translation>
    </message>
    <message>
        <source>Load-test results (*.csv *.csv.gz *.gz *.json *.ndjson *.jsonl *.html);;All files (*)</source>
        <translation>Résultats de tests de charge (*.csv *.csv.gz *.gz *.json *.ndjson *.jsonl *.html);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Open Results Folder</source>
        <translation>Ouvrir un dossier de résultats</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 et %n autre</numerusform>
            <numerusform>%1 et %n autres</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Clear List</source>
        <translation>&amp;Vider la liste</translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <source>HTML (*.html)</source>
        <translation>HTML (*.html)</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Export Report</source>
        <translation>Exporter le rapport</translation>
    </message>
    <message>
        <source>Export Failed</source>
        <translation>Échec de l&apos;export</translation>
    </message>
    <message>
        <source>Report written to %1</source>
        <translation>Rapport écrit dans %1</translation>
    </message>
    <message>
        <source>Grid profile %1 applied.</source>
        <translation>Profil de grille %1 appliqué.</translation>
    </message>
    <message>
        <source>Cannot Use This Profile</source>
        <translation>Impossible d&apos;utiliser ce profil</translation>
    </message>
    <message>
        <source>Load Grid Profile</source>
        <translation>Charger un profil de grille</translation>
    </message>
    <message>
        <source>Grid profiles (*.json)</source>
        <translation>Profils de grille (*.json)</translation>
    </message>
    <message>
        <source>Profile Not Valid</source>
        <translation>Profil non valide</translation>
    </message>
    <message>
        <source>Save Grid Profile As</source>
        <translation>Enregistrer le profil de grille sous</translation>
    </message>
    <message>
        <source>Save Failed</source>
        <translation>Échec de l&apos;enregistrement</translation>
    </message>
    <message>
        <source>Grid profile saved to %1</source>
        <translation>Profil de grille enregistré dans %1</translation>
    </message>
    <message>
        <source>About Palier</source>
        <translation>À propos de Palier</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Palier %1&lt;/h3&gt;&lt;p&gt;Capacity analysis of staged load tests (Locust, k6) and production monitoring (PostgreSQL): a red/orange/green grid over the last comparable runs, a GO / WATCH / NO-GO decision and the weekly report.&lt;/p&gt;&lt;p&gt;Built with Qt %2, running on Qt %3.&lt;/p&gt;&lt;p&gt;License: GPL-3.0-or-later.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Palier %1&lt;/h3&gt;&lt;p&gt;Analyse de capacité des tests de charge par paliers (Locust, k6) et du suivi de production (PostgreSQL) : une grille rouge/orange/vert sur les derniers runs comparables, une décision GO / WATCH / NO-GO et le rapport hebdomadaire.&lt;/p&gt;&lt;p&gt;Compilé avec Qt %2, exécuté avec Qt %3.&lt;/p&gt;&lt;p&gt;Licence : GPL-3.0-or-later.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <source>Open &amp;Monitoring Events…</source>
        <translation>Ouvrir des é&amp;vénements de suivi…</translation>
    </message>
    <message>
        <source>Open a CSV export of the monitoring table (plain or gzip) in the Production view</source>
        <translation>Ouvrir un export CSV de la table de suivi (brut ou gzip) dans la vue Production</translation>
    </message>
    <message>
        <source>--now: not a date and time: %1; using the file&apos;s last event</source>
        <translation>--now : pas une date et heure : %1 ; le dernier événement du fichier est utilisé</translation>
    </message>
    <message>
        <source>Open Monitoring Events</source>
        <translation>Ouvrir des événements de suivi</translation>
    </message>
    <message>
        <source>CSV export of the monitoring table (*.csv *.csv.gz *.gz);;All files (*)</source>
        <translation>Export CSV de la table de suivi (*.csv *.csv.gz *.gz);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>&amp;Add Files…</source>
        <translation>&amp;Ajouter des fichiers…</translation>
    </message>
    <message>
        <source>Add Locust or k6 result files to the runs open</source>
        <translation>Ajouter des fichiers de résultats Locust ou k6 aux runs ouverts</translation>
    </message>
    <message>
        <source>A&amp;dd Folder…</source>
        <translation>Ajouter un doss&amp;ier…</translation>
    </message>
    <message>
        <source>Add a folder of results to the runs open</source>
        <translation>Ajouter un dossier de résultats aux runs ouverts</translation>
    </message>
    <message>
        <source>Add Result Files</source>
        <translation>Ajouter des fichiers de résultats</translation>
    </message>
    <message>
        <source>Add Results Folder</source>
        <translation>Ajouter un dossier de résultats</translation>
    </message>
</context>
<context>
    <name>palier::ui::MemorySecretStore</name>
    <message>
        <source>memory, for this session only</source>
        <translation>la mémoire, pour cette session seulement</translation>
    </message>
    <message>
        <source>The password is kept in memory for this session only.</source>
        <translation>Le mot de passe est gardé en mémoire pour cette session seulement.</translation>
    </message>
</context>
<context>
    <name>palier::ui::MonitoringRowsModel</name>
    <message>
        <source>%1 (partial)</source>
        <translation>%1 (partielle)</translation>
    </message>
    <message>
        <source>The hour is not over: its figures are for part of it.</source>
        <translation>L&apos;heure n&apos;est pas finie : ses chiffres n&apos;en couvrent qu&apos;une partie.</translation>
    </message>
    <message>
        <source>Part of a day: the window starts or ends within it.</source>
        <translation>Une partie de journée : la fenêtre commence ou finit pendant ce jour.</translation>
    </message>
    <message>
        <source>Hour</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Jour</translation>
    </message>
    <message>
        <source>Searches</source>
        <translation>Recherches</translation>
    </message>
    <message>
        <source>p95</source>
        <translation>p95</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Erreurs</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Événements</translation>
    </message>
    <message>
        <source>Error rate</source>
        <translation>Taux d&apos;erreur</translation>
    </message>
</context>
<context>
    <name>palier::ui::ProblemsModel</name>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <source>Loading</source>
        <translation>Chargement</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n)</source>
        <translation>
            <numerusform>%1 (%n)</numerusform>
            <numerusform>%1 (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (and %n more like it)</source>
        <translation>
            <numerusform>%1 (et %n autre semblable)</numerusform>
            <numerusform>%1 (et %n autres semblables)</numerusform>
        </translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>palier::ui::ProductionView</name>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Connecter</translation>
    </message>
    <message>
        <source>&amp;Disconnect</source>
        <translation>&amp;Déconnecter</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Nouvelle…</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>&amp;Refresh Now</source>
        <translation>&amp;Actualiser maintenant</translation>
    </message>
    <message>
        <source>Query the database now (F5)</source>
        <translation>Interroger la base maintenant (F5)</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Désactivée</translation>
    </message>
    <message>
        <source>Query the database again at this interval while connected</source>
        <translation>Interroger de nouveau la base à cet intervalle tant que la connexion est ouverte</translation>
    </message>
    <message>
        <source>C&amp;onnection:</source>
        <translation>C&amp;onnexion :</translation>
    </message>
    <message>
        <source>&amp;Auto-refresh:</source>
        <translation>Ac&amp;tualisation automatique :</translation>
    </message>
    <message>
        <source>Connect to the monitoring database (PostgreSQL, table app_monitoring_events) to see the last 7 days, the last 48 hours hour by hour, and the production decision hint.</source>
        <translation>Connectez-vous à la base de suivi (PostgreSQL, table app_monitoring_events) pour voir les 7 derniers jours, les 48 dernières heures heure par heure et l&apos;indication de décision de la production.</translation>
    </message>
    <message>
        <source>New Connection…</source>
        <translation>Nouvelle connexion…</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Événements</translation>
    </message>
    <message>
        <source>Active sessions</source>
        <translation>Sessions actives</translation>
    </message>
    <message>
        <source>Searches</source>
        <translation>Recherches</translation>
    </message>
    <message>
        <source>Average search</source>
        <translation>Recherche moyenne</translation>
    </message>
    <message>
        <source>p95 search</source>
        <translation>p95 recherche</translation>
    </message>
    <message>
        <source>Error rate</source>
        <translation>Taux d&apos;erreur</translation>
    </message>
    <message>
        <source>Decision hint</source>
        <translation>Indication de décision</translation>
    </message>
    <message>
        <source>Remove Connection</source>
        <translation>Supprimer la connexion</translation>
    </message>
    <message>
        <source>Remove the connection %1 and its stored password?</source>
        <translation>Supprimer la connexion %1 et son mot de passe enregistré ?</translation>
    </message>
    <message>
        <source>Could not read the stored password: %1</source>
        <translation>Impossible de lire le mot de passe enregistré : %1</translation>
    </message>
    <message>
        <source>The password is used for this session only.</source>
        <translation>Le mot de passe ne sert que pour cette session.</translation>
    </message>
    <message>
        <source>The server asks for a password.</source>
        <translation>Le serveur demande un mot de passe.</translation>
    </message>
    <message>
        <source>The server refused the password.</source>
        <translation>Le serveur a refusé le mot de passe.</translation>
    </message>
    <message>
        <source>Password for %1</source>
        <translation>Mot de passe pour %1</translation>
    </message>
    <message>
        <source>%1
Password for %2:</source>
        <translation>%1
Mot de passe pour %2 :</translation>
    </message>
    <message>
        <source>Last %1 days. Hint limits from the grid profile: p95 of %2 green up to %3, red above %4; error rate green below %5, red above %6.</source>
        <translation>%1 derniers jours. Limites de l&apos;indication tirées du profil de grille : p95 de %2 vert jusqu&apos;à %3, rouge au-dessus de %4 ; taux d&apos;erreur vert sous %5, rouge au-dessus de %6.</translation>
    </message>
    <message>
        <source>updated %1</source>
        <translation>mis à jour %1</translation>
    </message>
    <message numerus="yes">
        <source>last %n day(s)</source>
        <translation>
            <numerusform>dernier jour</numerusform>
            <numerusform>%n derniers jours</numerusform>
        </translation>
    </message>
    <message>
        <source>successful searches</source>
        <translation>recherches réussies</translation>
    </message>
    <message>
        <source>green up to %1, red above %2</source>
        <translation>vert jusqu&apos;à %1, rouge au-dessus de %2</translation>
    </message>
    <message>
        <source>all events</source>
        <translation>tous les événements</translation>
    </message>
    <message>
        <source>green below %1, red above %2</source>
        <translation>vert sous %1, rouge au-dessus de %2</translation>
    </message>
    <message>
        <source>NO-GO when p95 or the error rate is red, WATCH when either is orange</source>
        <translation>NO-GO quand le p95 ou le taux d&apos;erreur est rouge, WATCH quand l&apos;un des deux est orange</translation>
    </message>
    <message numerus="yes">
        <source>No event in the last %n hour(s).</source>
        <translation>
            <numerusform>Aucun événement dans la dernière heure.</numerusform>
            <numerusform>Aucun événement dans les %n dernières heures.</numerusform>
        </translation>
    </message>
    <message>
        <source>p95 of successful searches per hour</source>
        <translation>p95 des recherches réussies par heure</translation>
    </message>
    <message>
        <source>p95 (ms)</source>
        <translation>p95 (ms)</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>p95</source>
        <translation>p95</translation>
    </message>
    <message>
        <source>Green limit %1</source>
        <translation>Limite verte %1</translation>
    </message>
    <message>
        <source>Red above %1</source>
        <translation>Rouge au-dessus de %1</translation>
    </message>
    <message>
        <source>Errors per hour</source>
        <translation>Erreurs par heure</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Erreurs</translation>
    </message>
    <message>
        <source>the team&apos;s production rule</source>
        <translation>la règle de production de l&apos;équipe</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Lecture de %1…</translation>
    </message>
    <message>
        <source>Events file %1 cannot be read</source>
        <translation>Le fichier d&apos;événements %1 ne peut pas être lu</translation>
    </message>
    <message>
        <source>Events file %1</source>
        <translation>Fichier d&apos;événements %1</translation>
    </message>
    <message>
        <source>now = %1, the file&apos;s last event (time zone %2)</source>
        <translation>maintenant = %1, le dernier événement du fichier (fuseau %2)</translation>
    </message>
    <message>
        <source>now = %1 (time zone %2)</source>
        <translation>maintenant = %1 (fuseau %2)</translation>
    </message>
    <message>
        <source>&amp;Hours (charts)</source>
        <translation>&amp;Heures (graphiques)</translation>
    </message>
    <message>
        <source>Hours (&amp;table)</source>
        <translation>Heures (&amp;tableau)</translation>
    </message>
    <message>
        <source>D&amp;ays</source>
        <translation>&amp;Jours</translation>
    </message>
    <message>
        <source>Searches per hour (%1), last %2 h, hours in %3</source>
        <translation>Recherches par heure (%1), dernières %2 h, heures en %3</translation>
    </message>
    <message>
        <source>Current hour (partial)</source>
        <translation>Heure en cours (partielle)</translation>
    </message>
    <message>
        <source>This source gives no per-day figures.</source>
        <translation>Cette source ne donne pas de chiffres par jour.</translation>
    </message>
    <message numerus="yes">
        <source>No event in the last %n day(s).</source>
        <translation>
            <numerusform>Aucun événement au cours du dernier %n jour.</numerusform>
            <numerusform>Aucun événement au cours des %n derniers jours.</numerusform>
        </translation>
    </message>
    <message>
        <source>Searches per day, days in %1</source>
        <translation>Recherches par jour, jours en %1</translation>
    </message>
    <message>
        <source>p95 of successful searches per day</source>
        <translation>p95 des recherches réussies par jour</translation>
    </message>
    <message>
        <source>Error rate per day (errors / events)</source>
        <translation>Taux d&apos;erreur par jour (erreurs / événements)</translation>
    </message>
    <message>
        <source>Error rate (%)</source>
        <translation>Taux d&apos;erreur (%)</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>Green below %1</source>
        <translation>Vert sous %1</translation>
    </message>
    <message>
        <source>Events of the load tests&apos; time: %1</source>
        <translation>Événements pendant les tests de charge : %1</translation>
    </message>
    <message>
        <source>%1 Error rate</source>
        <translation>%1 Taux d&apos;erreur</translation>
    </message>
</context>
<context>
    <name>palier::ui::ProfileEditor</name>
    <message>
        <source>User levels of the stages, in order, separated by commas</source>
        <translation>Niveaux d&apos;utilisateurs des paliers, dans l&apos;ordre, séparés par des virgules</translation>
    </message>
    <message>
        <source> users</source>
        <translation> utilisateurs</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>How long the target stage must be held (the plateau must last 95 % of it)</source>
        <translation>Durée pendant laquelle le palier cible doit être tenu (le plateau doit en durer 95 %)</translation>
    </message>
    <message>
        <source> runs</source>
        <translation> runs</translation>
    </message>
    <message>
        <source>A colour counts in the window when at least this many runs show it</source>
        <translation>Une couleur compte dans la fenêtre quand au moins ce nombre de runs la montrent</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>Comparable runs: per-stage durations within this much of each other</source>
        <translation>Runs comparables : durées par palier égales à cet écart près</translation>
    </message>
    <message>
        <source>Ignored at the start of the target stage&apos;s plateau</source>
        <translation>Ignorée au début du plateau du palier cible</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Description :</translation>
    </message>
    <message>
        <source>&amp;Key transaction:</source>
        <translation>&amp;Transaction clé :</translation>
    </message>
    <message>
        <source>Stages</source>
        <translation>Paliers</translation>
    </message>
    <message>
        <source>Stage &amp;plan:</source>
        <translation>&amp;Plan de paliers :</translation>
    </message>
    <message>
        <source>&amp;Target stage:</source>
        <translation>Palier &amp;cible :</translation>
    </message>
    <message>
        <source>&amp;Required duration:</source>
        <translation>Durée e&amp;xigée :</translation>
    </message>
    <message>
        <source>&amp;Warm-up ignored:</source>
        <translation>C&amp;hauffe ignorée :</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>Fenêtre</translation>
    </message>
    <message>
        <source>Window si&amp;ze:</source>
        <translation>Tai&amp;lle de la fenêtre :</translation>
    </message>
    <message>
        <source>&amp;Consistency:</source>
        <translation>C&amp;ohérence :</translation>
    </message>
    <message>
        <source>Duration &amp;tolerance:</source>
        <translation>Tolé&amp;rance de durée :</translation>
    </message>
    <message>
        <source>Criteria</source>
        <translation>Critères</translation>
    </message>
    <message>
        <source>&amp;Add Criterion</source>
        <translation>&amp;Ajouter un critère</translation>
    </message>
    <message>
        <source>Re&amp;move Criterion</source>
        <translation>&amp;Supprimer le critère</translation>
    </message>
    <message>
        <source>&amp;Load…</source>
        <translation>C&amp;harger…</translation>
    </message>
    <message>
        <source>&amp;Save As…</source>
        <translation>&amp;Enregistrer sous…</translation>
    </message>
    <message>
        <source>&amp;Built-in Grid</source>
        <translation>Grille &amp;intégrée</translation>
    </message>
    <message>
        <source>Go back to the team&apos;s default grid</source>
        <translation>Revenir à la grille par défaut de l&apos;équipe</translation>
    </message>
    <message>
        <source>Not applied:</source>
        <translation>Non appliqué :</translation>
    </message>
</context>
<context>
    <name>palier::ui::ReportExport</name>
    <message>
        <source>%1: cannot write: %2</source>
        <translation>%1: écriture impossible : %2</translation>
    </message>
    <message>
        <source>palier report: the %1 could not be made: %2</source>
        <translation>palier report : le %1 n’a pas pu être produit : %2</translation>
    </message>
</context>
<context>
    <name>palier::ui::ReportPdf</name>
    <message>
        <source>the font %1 is missing (Debian package fonts-dejavu-core)</source>
        <translation>la police %1 est absente (paquet Debian fonts-dejavu-core)</translation>
    </message>
    <message>
        <source>the PDF could not be rendered</source>
        <translation>le PDF n’a pas pu être produit</translation>
    </message>
</context>
<context>
    <name>palier::ui::RunCharts</name>
    <message>
        <source>Users</source>
        <translation>Utilisateurs</translation>
    </message>
    <message>
        <source> users</source>
        <translation> utilisateurs</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>Saturation point (%1)</source>
        <translation>Point de saturation (%1)</translation>
    </message>
    <message>
        <source>No stages found in this run.</source>
        <translation>Aucun palier trouvé dans ce run.</translation>
    </message>
    <message>
        <source>%1 green ≤ %2</source>
        <translation>%1 vert ≤ %2</translation>
    </message>
    <message>
        <source>%1 orange ≤ %2</source>
        <translation>%1 orange ≤ %2</translation>
    </message>
    <message>
        <source>%1 red &gt; %2</source>
        <translation>%1 rouge &gt; %2</translation>
    </message>
    <message>
        <source>Response time against users</source>
        <translation>Temps de réponse selon les utilisateurs</translation>
    </message>
    <message>
        <source>Response time (ms)</source>
        <translation>Temps de réponse (ms)</translation>
    </message>
    <message>
        <source>p50</source>
        <translation>p50</translation>
    </message>
    <message>
        <source>p95</source>
        <translation>p95</translation>
    </message>
    <message>
        <source>p99</source>
        <translation>p99</translation>
    </message>
    <message>
        <source>p95 %1</source>
        <translation>p95 %1</translation>
    </message>
    <message>
        <source>Target stage (%1)</source>
        <translation>Palier cible (%1)</translation>
    </message>
    <message>
        <source>Throughput against users</source>
        <translation>Débit selon les utilisateurs</translation>
    </message>
    <message>
        <source>Requests per second</source>
        <translation>Requêtes par seconde</translation>
    </message>
    <message>
        <source> req/s</source>
        <translation> req/s</translation>
    </message>
    <message>
        <source>In proportion to users</source>
        <translation>Proportionnel aux utilisateurs</translation>
    </message>
    <message>
        <source>Throughput</source>
        <translation>Débit</translation>
    </message>
    <message>
        <source>Failures/s</source>
        <translation>Échecs/s</translation>
    </message>
    <message>
        <source>Response time over time</source>
        <translation>Temps de réponse dans le temps</translation>
    </message>
    <message>
        <source>This run has no time series.</source>
        <translation>Ce run n&apos;a pas de série temporelle.</translation>
    </message>
    <message>
        <source>Green limit %1</source>
        <translation>Limite verte %1</translation>
    </message>
    <message>
        <source>Red above %1</source>
        <translation>Rouge au-dessus de %1</translation>
    </message>
    <message>
        <source>Requests and failures per second</source>
        <translation>Requêtes et échecs par seconde</translation>
    </message>
    <message>
        <source>Per second</source>
        <translation>Par seconde</translation>
    </message>
    <message>
        <source>/s</source>
        <translation>/s</translation>
    </message>
    <message>
        <source>Requests/s</source>
        <translation>Requêtes/s</translation>
    </message>
    <message>
        <source>Users over time</source>
        <translation>Utilisateurs dans le temps</translation>
    </message>
    <message>
        <source>p95 %1 against users</source>
        <translation>p95 %1 selon les utilisateurs</translation>
    </message>
    <message>
        <source>p95 (ms)</source>
        <translation>p95 (ms)</translation>
    </message>
    <message>
        <source>No runs with stages to compare.</source>
        <translation>Aucun run avec des paliers à comparer.</translation>
    </message>
    <message>
        <source>This run has figures for the whole run only (no stages or time series): nothing to chart against users.</source>
        <translation>Ce run n&apos;a que des chiffres pour le run entier (ni paliers ni séries temporelles) : rien à tracer selon les utilisateurs.</translation>
    </message>
    <message>
        <source>Orange at %1 users, projected</source>
        <translation>Orange à %1 utilisateurs, projeté</translation>
    </message>
    <message>
        <source>orange %1</source>
        <translation>orange %1</translation>
    </message>
    <message>
        <source>Red at %1 users, projected</source>
        <translation>Rouge à %1 utilisateurs, projeté</translation>
    </message>
    <message>
        <source>red %1</source>
        <translation>rouge %1</translation>
    </message>
    <message>
        <source>Throughput peak: %1 at %2 users</source>
        <translation>Pic de débit : %1 à %2 utilisateurs</translation>
    </message>
    <message>
        <source>peak %1</source>
        <translation>pic %1</translation>
    </message>
    <message>
        <source>p95 %1, model</source>
        <translation>p95 %1, modèle</translation>
    </message>
    <message>
        <source>p95 %1, projected</source>
        <translation>p95 %1, projeté</translation>
    </message>
    <message>
        <source>USL fit</source>
        <translation>ajustement USL</translation>
    </message>
    <message>
        <source>USL projected</source>
        <translation>projection USL</translation>
    </message>
    <message>
        <source>%1 (baseline)</source>
        <translation>%1 (référence)</translation>
    </message>
</context>
<context>
    <name>palier::ui::SavedConnection</name>
    <message>
        <source>local socket</source>
        <translation>socket local</translation>
    </message>
</context>
<context>
    <name>palier::ui::ServerStageModel</name>
    <message>
        <source>agree</source>
        <translation>concordent</translation>
    </message>
    <message>
        <source>differ</source>
        <translation>divergent</translation>
    </message>
    <message>
        <source>The run added %1 searches/s above the traffic before it; the generator sent %2/s; counting noise and the stage&apos;s edges allow %3/s.</source>
        <translation>Le run a ajouté %1 recherches/s au-dessus du trafic d&apos;avant ; le générateur en a envoyé %2/s ; le bruit de comptage et les bords du palier admettent %3/s.</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Utilisateurs</translation>
    </message>
    <message>
        <source>Searches/s (generator)</source>
        <translation>Recherches/s (générateur)</translation>
    </message>
    <message>
        <source>Searches/s added (server)</source>
        <translation>Recherches/s ajoutées (serveur)</translation>
    </message>
    <message>
        <source>p95 (generator)</source>
        <translation>p95 (générateur)</translation>
    </message>
    <message>
        <source>p95 (server)</source>
        <translation>p95 (serveur)</translation>
    </message>
    <message>
        <source>Error rate (server)</source>
        <translation>Taux d&apos;erreur (serveur)</translation>
    </message>
    <message>
        <source>Volumes</source>
        <translation>Volumes</translation>
    </message>
</context>
<context>
    <name>palier::ui::Session</name>
    <message>
        <source>unnamed profile</source>
        <translation>profil sans nom</translation>
    </message>
    <message>
        <source>Grid profile: %1 (built in)</source>
        <translation>Profil de grille : %1 (intégré)</translation>
    </message>
    <message>
        <source>Grid profile: %1, from %2 found with the results</source>
        <translation>Profil de grille : %1, tiré de %2 trouvé avec les résultats</translation>
    </message>
    <message>
        <source>Grid profile: %1, from %2</source>
        <translation>Profil de grille : %1, tiré de %2</translation>
    </message>
    <message>
        <source>Grid profile: %1, edited and not saved</source>
        <translation>Profil de grille : %1, modifié et non enregistré</translation>
    </message>
</context>
<context>
    <name>palier::ui::SourcesModel</name>
    <message>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <source>Load-test runs</source>
        <translation>Runs de tests de charge</translation>
    </message>
    <message>
        <source>Database connections</source>
        <translation>Connexions aux bases de données</translation>
    </message>
    <message>
        <source>Grid profiles</source>
        <translation>Profils de grille</translation>
    </message>
    <message>
        <source>No runs opened — File ▸ Open</source>
        <translation>Aucun run ouvert — Fichier ▸ Ouvrir</translation>
    </message>
    <message>
        <source>Source: %1%2</source>
        <translation>Source : %1%2</translation>
    </message>
    <message>
        <source>Decision of this run: %1 (score %2)</source>
        <translation>Décision de ce run : %1 (score %2)</translation>
    </message>
    <message>
        <source>In the decision window</source>
        <translation>Dans la fenêtre de décision</translation>
    </message>
    <message>
        <source>Not in the decision window</source>
        <translation>Hors de la fenêtre de décision</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Connecté</translation>
    </message>
    <message>
        <source>New connection…</source>
        <translation>Nouvelle connexion…</translation>
    </message>
    <message>
        <source>%1 (built in)</source>
        <translation>%1 (intégré)</translation>
    </message>
    <message>
        <source>%1 (invalid run)</source>
        <translation>%1 (run invalide)</translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s) in Problems</source>
        <translation>
            <numerusform>%n constat dans Problèmes</numerusform>
            <numerusform>%n constats dans Problèmes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>palier::ui::StageModel</name>
    <message>
        <source>%1 (saturation)</source>
        <translation>%1 (saturation)</translation>
    </message>
    <message>
        <source>Not evaluated</source>
        <translation>Non évalué</translation>
    </message>
    <message>
        <source>Saturation point: the first stage showing saturation signals</source>
        <translation>Point de saturation : le premier palier qui montre des signes de saturation</translation>
    </message>
    <message>
        <source>The tool&apos;s own percentile (rounded by it), shown as it reported it</source>
        <translation>Percentile calculé par l&apos;outil (arrondi par lui), affiché tel qu&apos;il l&apos;a donné</translation>
    </message>
    <message>
        <source>Plateau at constant users: %1</source>
        <translation>Plateau à nombre d&apos;utilisateurs constant : %1</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Utilisateurs</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Requêtes</translation>
    </message>
    <message>
        <source>Failures</source>
        <translation>Échecs</translation>
    </message>
    <message>
        <source>Error rate</source>
        <translation>Taux d&apos;erreur</translation>
    </message>
    <message>
        <source>Throughput</source>
        <translation>Débit</translation>
    </message>
    <message>
        <source>p50</source>
        <translation>p50</translation>
    </message>
    <message>
        <source>p95</source>
        <translation>p95</translation>
    </message>
    <message>
        <source>p99</source>
        <translation>p99</translation>
    </message>
    <message>
        <source>p95 %1</source>
        <translation>p95 %1</translation>
    </message>
    <message>
        <source>whole run</source>
        <translation>run entier</translation>
    </message>
    <message>
        <source>This run has figures for the whole run only: no stages</source>
        <translation>Ce run n&apos;a que des chiffres pour le run entier : pas de paliers</translation>
    </message>
    <message>
        <source>Held / stability</source>
        <translation>Tenu / stabilité</translation>
    </message>
</context>
<context>
    <name>palier::ui::ThresholdModel</name>
    <message>
        <source>passed</source>
        <translation>respecté</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>non respecté</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>Métrique</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>Seuil</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
</context>
</TS>
