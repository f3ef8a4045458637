// Typed access to what Palier remembers between sessions (QSettings), after
// KeePassXC's Config: one place naming every key, with its default.
// Passwords are never stored here (they go to the system keychain).
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace palier::ui {

struct AppSettings {
    static constexpr int kMaxRecent = 10;

    // Recently opened sets of paths (one entry may hold several files), newest first.
    static QList<QStringList> recent();
    static void addRecent(const QStringList &paths);
    static void clearRecent();

    // What was open when the window closed, reopened on the next start.
    static QStringList sessionPaths();
    static void setSessionPaths(const QStringList &paths);

    static QString lastFolder();
    static void setLastFolder(const QString &folder);

    static QByteArray windowGeometry();
    static void setWindowGeometry(const QByteArray &geometry);
    static QByteArray windowState();
    static void setWindowState(const QByteArray &state);
    static QByteArray splitterState(const QString &name);
    static void setSplitterState(const QString &name, const QByteArray &state);
    static int currentView();
    static void setCurrentView(int index);

    static QString reportLanguage();                  // "fr" by default (the team's template)
    static void setReportLanguage(const QString &lang);

    static int autoRefreshSeconds();                  // production view; 0 = off
    static void setAutoRefreshSeconds(int seconds);
};

} // namespace palier::ui
