// The grid profile in use: the shipped and current profiles in the Sources
// panel, loading one, saving the edited one, going back to the built-in grid.
#include "main_window.h"

#include "i18n/language.h"
#include "io/output_file.h"
#include "words/finding_words.h"

#include "shell/app_settings.h"
#include "shell/data_locations.h"
#include "shell/session.h"
#include "grid/profile.h"
#include "dialogs/profile_editor.h"
#include "models/sources_model.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QRegularExpression>
#include <QStatusBar>
#include <QTreeView>

namespace palier::ui {

void MainWindow::refreshProfiles()
{
    QStringList files;
    const QString shipped = shippedProfilesDir();
    if (!shipped.isEmpty())
        for (const QFileInfo &fi : QDir(shipped).entryInfoList({QStringLiteral("*.json")}, QDir::Files, QDir::Name))
            files.append(fi.absoluteFilePath());
    const QString current = m_session->profileOrigin() == Session::ProfileOrigin::BuiltIn ? QString() : m_session->profileFile();
    if (!current.isEmpty() && !files.contains(QFileInfo(current).absoluteFilePath()))
        files.prepend(QFileInfo(current).absoluteFilePath());
    m_sources->setProfiles(files, current, Profile::builtinDefault().name);
    m_sourcesTree->expand(m_sources->profilesRoot()->index());
}

void MainWindow::applyProfileFile(const QString &file)
{
    try {
        const Profile profile = Profile::fromFile(file);
        m_session->setProfile(profile, Session::ProfileOrigin::File, file);
        statusBar()->showMessage(tr("Grid profile %1 applied.").arg(profile.name), 5000);
    } catch (const InputError &e) {
        QMessageBox::warning(this, tr("Cannot Use This Profile"), findingLine(e.finding, Language::ui()));
    }
}

void MainWindow::loadProfile()
{
    const QString dir = m_session->profileFile().isEmpty() ? shippedProfilesDir() : QFileInfo(m_session->profileFile()).absolutePath();
    const QString file = QFileDialog::getOpenFileName(this, tr("Load Grid Profile"), dir, tr("Grid profiles (*.json)"));
    if (!file.isEmpty())
        applyProfileFile(file);
}

void MainWindow::saveProfileAs()
{
    const Profile profile = m_profileEditor->profile();
    const QStringList problems = m_profileEditor->problems();
    if (!problems.isEmpty()) {
        QMessageBox::warning(this, tr("Profile Not Valid"), problems.join(QLatin1Char('\n')));
        return;
    }
    QString name = profile.name.isEmpty() ? QStringLiteral("palier-profile") : profile.name;
    name.replace(QRegularExpression(QStringLiteral("[^\\w.-]+")), QStringLiteral("-"));
    const QString dir = m_session->paths().isEmpty() ? AppSettings::lastFolder() : m_session->paths().first();
    QString path = QFileDialog::getSaveFileName(this, tr("Save Grid Profile As"),
                                                QDir(QFileInfo(dir).isDir() ? dir : QFileInfo(dir).absolutePath()).filePath(name + QStringLiteral(".json")),
                                                tr("Grid profiles (*.json)"));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".json");
    // The file dialog has already asked before replacing: force (regular files only).
    if (const QString problem = writeOutputFile(path, profile.toJson(), /*force=*/true); !problem.isEmpty()) {
        QMessageBox::warning(this, tr("Save Failed"), problem);
        return;
    }
    m_session->setProfile(profile, Session::ProfileOrigin::File, path);
    statusBar()->showMessage(tr("Grid profile saved to %1").arg(QDir::toNativeSeparators(path)), 5000);
}

void MainWindow::useBuiltInProfile()
{
    m_session->setProfile(Profile::builtinDefault(), Session::ProfileOrigin::BuiltIn);
}

} // namespace palier::ui
