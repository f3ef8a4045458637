// writeOutputFile() (io/output_file.h), behind `palier … --out FILE [--force]`
// and the window's exports: regular files only, create-exclusive without
// force even under a race, atomic replace with it, and nothing half-written or
// temporary left behind on failure. Failures a test cannot cause for real (a
// full disk, a filesystem without hard links) come from tests/app/fault_shim.c,
// preloaded into the real palier executable.
#include "cli/cli.h"
#include "io/output_file.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <cstring>
#include <latch>
#include <thread>
#include <vector>

#include <sys/socket.h>
#include <sys/sysmacros.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <unistd.h>

using namespace palier;

namespace {

// Everything in the folder, hidden files included: where a temporary file would show.
QStringList entries(const QString &dir)
{
    return QDir(dir).entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot, QDir::Name);
}

QByteArray contents(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

void put(const QString &path, const QByteArray &data)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    QCOMPARE(f.write(data), data.size());
}

struct stat statOf(const QString &path, bool follow = false)
{
    struct stat st {};
    const QByteArray p = QFile::encodeName(path);
    if ((follow ? ::stat(p.constData(), &st) : ::lstat(p.constData(), &st)) != 0)
        st.st_mode = 0;
    return st;
}

// Each writer's data differs in every byte position that counts, so a mix of
// two writers or a cut would show.
QByteArray payload(int writer, int size = 256 * 1024)
{
    QByteArray data = "writer " + QByteArray::number(writer) + '\n';
    data.append(size, char('a' + writer));
    return data;
}

struct Run {
    int code = -1;
    QByteArray out, err;
};

QProcess *startPalier(const QStringList &args, const QStringList &env = {})
{
    auto *p = new QProcess;
    QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
    for (const QString &kv : env)
        e.insert(kv.section(QLatin1Char('='), 0, 0), kv.section(QLatin1Char('='), 1));
    if (!env.isEmpty())
        e.insert(QStringLiteral("LD_PRELOAD"), QStringLiteral(PALIER_FAULT_SHIM));
    p->setProcessEnvironment(e);
    p->start(QStringLiteral(PALIER_BINARY), args);
    return p;
}

Run finish(QProcess *p)
{
    Run r;
    p->waitForFinished(120000);
    r.code = p->exitStatus() == QProcess::NormalExit ? p->exitCode() : -1;
    r.out = p->readAllStandardOutput();
    r.err = p->readAllStandardError();
    delete p;
    return r;
}

Run runPalier(const QStringList &args, const QStringList &env = {}) { return finish(startPalier(args, env)); }

// The text `palier db index-ddl --table NAME` writes: needs no database, and
// differs per table, so concurrent writers write different files.
QByteArray indexDdl(const QString &table)
{
    QString out, err;
    QTextStream o(&out), e(&err);
    runCli({QStringLiteral("db"), QStringLiteral("index-ddl"), QStringLiteral("--table"), table}, o, e);
    o.flush();
    return out.toUtf8();
}

} // namespace

class TestOutputFile : public QObject {
    Q_OBJECT
private slots:
    void writesANewFileWithTheUsualPermissions()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("new.md"));
        const mode_t before = ::umask(027);   // not mkstemp's 0600, not a fixed 0644: the umask's
        const QString problem = writeOutputFile(path, "hello\n", false);
        ::umask(before);
        QCOMPARE(problem, QString());
        QCOMPARE(contents(path), QByteArray("hello\n"));
        QCOMPARE(int(statOf(path).st_mode & 07777), 0640);
        QCOMPARE(entries(dir.path()), QStringList {QStringLiteral("new.md")});
    }

    void refusesAnExistingFileWithoutForce()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("old.md"));
        put(path, "last week\n");
        const QString problem = writeOutputFile(path, "this week\n", false);
        QCOMPARE(problem, QString(path + QStringLiteral(": already exists (use --force to overwrite it)")));
        QCOMPARE(contents(path), QByteArray("last week\n"));
        // A symbolic link is an existing name too, even one leading nowhere.
        const QString dangling = dir.filePath(QStringLiteral("dangling"));
        QVERIFY(QFile::link(dir.filePath(QStringLiteral("nowhere")), dangling));
        QVERIFY(writeOutputFile(dangling, "x", false).contains(QStringLiteral("already exists")));
        QCOMPARE(entries(dir.path()), (QStringList {QStringLiteral("dangling"), QStringLiteral("old.md")}));
    }

    void replacesARegularFileWithForceKeepingItsMode()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("old.md"));
        put(path, "last week, a longer text than the new one\n");
        QVERIFY(::chmod(QFile::encodeName(path).constData(), 0604) == 0);
        const ino_t oldInode = statOf(path).st_ino;
        QCOMPARE(writeOutputFile(path, "this week\n", true), QString());
        QCOMPARE(contents(path), QByteArray("this week\n"));
        QCOMPARE(int(statOf(path).st_mode & 07777), 0604);
        QVERIFY(statOf(path).st_ino != oldInode);   // a new file renamed in, never the old one truncated
        QCOMPARE(entries(dir.path()), QStringList {QStringLiteral("old.md")});
    }

    void forceFollowsASymlinkToARegularFile()
    {
        QTemporaryDir dir;
        QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("shared")));
        const QString real = dir.filePath(QStringLiteral("shared/report.md"));
        const QString link = dir.filePath(QStringLiteral("report.md"));
        put(real, "old\n");
        QVERIFY(QFile::link(real, link));
        QCOMPARE(writeOutputFile(link, "new\n", true), QString());
        QVERIFY(S_ISLNK(statOf(link).st_mode));   // the link stays, the file it leads to is replaced
        QCOMPARE(contents(real), QByteArray("new\n"));
        QCOMPARE(entries(dir.filePath(QStringLiteral("shared"))), QStringList {QStringLiteral("report.md")});
    }

    void refusesWhatIsNotARegularFile_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<bool>("force");
        QTest::addColumn<QString>("says");
        for (const bool force : {false, true}) {
            const char *f = force ? " --force" : "";
            QTest::addRow("fifo%s", f) << QStringLiteral("fifo") << force << QStringLiteral("is a named pipe (FIFO), not a regular file");
            QTest::addRow("folder%s", f) << QStringLiteral("folder") << force << QStringLiteral("is a folder, not a file");
            QTest::addRow("socket%s", f) << QStringLiteral("socket") << force << QStringLiteral("is a socket, not a regular file");
            QTest::addRow("link to fifo%s", f) << QStringLiteral("linkfifo") << force << QStringLiteral("is a named pipe (FIFO), not a regular file");
        }
        QTest::addRow("broken link --force") << QStringLiteral("dangling") << true << QStringLiteral("is a broken symbolic link, not a regular file");
    }
    void refusesWhatIsNotARegularFile()
    {
        QFETCH(QString, kind);
        QFETCH(bool, force);
        QFETCH(QString, says);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("target"));
        const QByteArray p = QFile::encodeName(path);
        if (kind == u"fifo" || kind == u"linkfifo") {
            const QString fifo = kind == u"fifo" ? path : dir.filePath(QStringLiteral("fifo"));
            QVERIFY(::mkfifo(QFile::encodeName(fifo).constData(), 0644) == 0);
            if (kind == u"linkfifo")
                QVERIFY(QFile::link(fifo, path));
        } else if (kind == u"folder") {
            QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("target")));
        } else if (kind == u"socket") {
            const int s = ::socket(AF_UNIX, SOCK_STREAM, 0);
            QVERIFY(s >= 0);
            sockaddr_un address {};
            address.sun_family = AF_UNIX;
            QVERIFY(size_t(p.size()) < sizeof address.sun_path);
            std::memcpy(address.sun_path, p.constData(), size_t(p.size()));
            QVERIFY(::bind(s, reinterpret_cast<sockaddr *>(&address), sizeof address) == 0);
            ::close(s);
        } else {
            QVERIFY(QFile::link(dir.filePath(QStringLiteral("nowhere")), path));
        }
        const QStringList before = entries(dir.path());
        const mode_t type = statOf(path).st_mode & S_IFMT;

        // Never opened: a FIFO would block here.
        QCOMPARE(writeOutputFile(path, "data", force), QString(path + QStringLiteral(": ") + says));
        QStringList args {QStringLiteral("db"), QStringLiteral("index-ddl"), QStringLiteral("--out"), path};
        if (force)
            args << QStringLiteral("--force");
        const Run cli = runPalier(args);
        QCOMPARE(cli.code, 2);
        QCOMPARE(cli.err, QByteArray("palier db: " + p + ": " + says.toUtf8() + '\n'));   // one line, naming the file

        QCOMPARE(statOf(path).st_mode & S_IFMT, type);
        QCOMPARE(entries(dir.path()), before);
    }

    // A device node, even with force: the bug was `--force --out /dev/full`, run
    // as root, replacing the node with a regular file. The test uses a node of
    // its own (mknod, when allowed) so that a regression cannot damage /dev;
    // else /dev/full, but only where /dev is not writable to us either.
    void refusesADeviceEvenWithForce()
    {
        QTemporaryDir dir;
        QString device = dir.filePath(QStringLiteral("full"));
        if (::mknod(QFile::encodeName(device).constData(), S_IFCHR | 0666, makedev(1, 7)) != 0) {
            device = QStringLiteral("/dev/full");
            if (::access("/dev/full", W_OK) != 0 || ::access("/dev", W_OK) == 0)
                QSKIP("cannot create a device node, and /dev/full is not writable or /dev is");
        }
        const struct stat before = statOf(device);
        QVERIFY(S_ISCHR(before.st_mode));
        QCOMPARE(writeOutputFile(device, "data", true), QString(device + QStringLiteral(": is a device, not a regular file")));
        const Run cli = runPalier({QStringLiteral("db"), QStringLiteral("index-ddl"), QStringLiteral("--out"), device,
                                   QStringLiteral("--force")});
        QCOMPARE(cli.code, 2);
        QCOMPARE(cli.err, QByteArray("palier db: " + QFile::encodeName(device) + ": is a device, not a regular file\n"));
        const struct stat after = statOf(device);
        QVERIFY(S_ISCHR(after.st_mode));
        QCOMPARE(after.st_rdev, before.st_rdev);
        QCOMPARE(after.st_ino, before.st_ino);
    }

    void reportsAMissingFolder()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("missing/out.md"));
        QCOMPARE(writeOutputFile(path, "x", false), QString(path + QStringLiteral(": cannot write: No such file or directory")));
        QCOMPARE(writeOutputFile(QString(), "x", true), QStringLiteral(": cannot write: No such file or directory"));
        QCOMPARE(entries(dir.path()), QStringList());
    }

    // Eight threads, one path, no force, many rounds: exactly one wins, and the
    // file is exactly the winner's data.
    void exactlyOneOfConcurrentThreadsCreatesTheFile()
    {
        constexpr int writers = 8;
        QTemporaryDir dir;
        for (int round = 0; round < 25; ++round) {
            const QString path = dir.filePath(QStringLiteral("race-%1.bin").arg(round));
            std::vector<QString> problems(writers);
            std::latch start(writers);
            std::vector<std::thread> threads;
            for (int i = 0; i < writers; ++i)
                threads.emplace_back([&, i] {
                    const QByteArray data = payload(i);
                    start.arrive_and_wait();
                    problems[size_t(i)] = writeOutputFile(path, data, false);
                });
            for (std::thread &t : threads)
                t.join();
            int winner = -1;
            for (int i = 0; i < writers; ++i) {
                if (problems[size_t(i)].isEmpty()) {
                    QCOMPARE(winner, -1);
                    winner = i;
                } else {
                    QCOMPARE(problems[size_t(i)], QString(path + QStringLiteral(": already exists (use --force to overwrite it)")));
                }
            }
            QVERIFY(winner >= 0);
            QVERIFY(contents(path) == payload(winner));
        }
        QCOMPARE(entries(dir.path()).size(), 25);   // the files, no temporary one
    }

    // The same with eight palier processes, through each way of publishing:
    // link(), then renameat2(RENAME_NOREPLACE) and O_EXCL where the filesystem
    // (here the shim) has no hard links or no RENAME_NOREPLACE.
    void exactlyOneOfConcurrentProcessesCreatesTheFile_data()
    {
        QTest::addColumn<QStringList>("env");
        QTest::newRow("link") << QStringList();
        QTest::newRow("renameat2") << QStringList {QStringLiteral("PALIER_SHIM_NO_LINK=1")};
        QTest::newRow("O_EXCL") << QStringList {QStringLiteral("PALIER_SHIM_NO_LINK=1"), QStringLiteral("PALIER_SHIM_NO_RENAMEAT2=1")};
    }
    void exactlyOneOfConcurrentProcessesCreatesTheFile()
    {
        QFETCH(QStringList, env);
        constexpr int writers = 8;
        QTemporaryDir dir;
        for (int round = 0; round < 3; ++round) {
            const QString path = dir.filePath(QStringLiteral("ddl-%1.sql").arg(round));
            std::vector<QProcess *> runs;
            for (int i = 0; i < writers; ++i)
                runs.push_back(startPalier({QStringLiteral("db"), QStringLiteral("index-ddl"), QStringLiteral("--table"),
                                            QStringLiteral("t%1").arg(i), QStringLiteral("--out"), path}, env));
            int winner = -1;
            for (int i = 0; i < writers; ++i) {
                const Run r = finish(runs[size_t(i)]);
                if (r.code == 0) {
                    QCOMPARE(winner, -1);
                    winner = i;
                } else {
                    QCOMPARE(r.code, 2);
                    QCOMPARE(r.err, QByteArray("palier db: " + QFile::encodeName(path)
                                               + ": already exists (use --force to overwrite it)\n"));
                }
            }
            QVERIFY(winner >= 0);
            QCOMPARE(contents(path), indexDdl(QStringLiteral("t%1").arg(winner)));
        }
        QCOMPARE(entries(dir.path()).size(), 3);
    }

    // A full disk, through the shim and the real executable: the message says
    // so, and neither the target nor a temporary file is left (an old file
    // being replaced stays whole).
    void diskFullSaysSoAndLeavesNothing_data()
    {
        QTest::addColumn<bool>("force");
        QTest::addColumn<QStringList>("env");
        QTest::newRow("new file") << false << QStringList();
        QTest::newRow("new file, full after 1000 bytes") << false << QStringList {QStringLiteral("PALIER_SHIM_ENOSPC_AFTER=1000")};
        QTest::newRow("replacing") << true << QStringList {QStringLiteral("PALIER_SHIM_ENOSPC_AFTER=1000")};
        QTest::newRow("new file, O_EXCL fallback")
            << false << QStringList {QStringLiteral("PALIER_SHIM_NO_LINK=1"), QStringLiteral("PALIER_SHIM_NO_RENAMEAT2=1")};
    }
    void diskFullSaysSoAndLeavesNothing()
    {
        QFETCH(bool, force);
        QFETCH(QStringList, env);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("out.json"));
        if (force)
            put(path, "last week\n");
        const QStringList before = entries(dir.path());
        // The shim compares with the kernel's view of the path: no symbolic links in it.
        env << QStringLiteral("PALIER_SHIM_ENOSPC_DIR=") + QFileInfo(dir.path()).canonicalFilePath();
        QStringList args {QStringLiteral("analyze"), QStringLiteral(PALIER_SOURCE_DIR "/resources/samples/weekly"),
                          QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("--out"), path};
        if (force)
            args << QStringLiteral("--force");
        const Run r = runPalier(args, env);
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(QByteArray(QFile::encodeName(path) + ": cannot write: No space left on device\n")), r.err.constData());
        QCOMPARE(entries(dir.path()), before);
        if (force)
            QCOMPARE(contents(path), QByteArray("last week\n"));
        // Without the fault the same command writes the document: the failure was the disk's.
        env.removeLast();
        QVERIFY(runPalier(args, env).code == 0);
        QVERIFY(contents(path).startsWith("{"));
    }
};

QTEST_GUILESS_MAIN(TestOutputFile)
#include "tst_output_file.moc"
