#pragma once

// The QSettings of a GUI test: an organization of its own per run, so that the window never
// reads or writes the user's real settings, removed again at the end.

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>

namespace TestSupport {

inline void isolateSettings(const QString &testName)
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(
        QStringLiteral("SocketScopeTest-%1-%2").arg(testName).arg(QCoreApplication::applicationPid()));
    QCoreApplication::setApplicationName(testName);
    QSettings().clear();
}

inline void removeSettings()
{
    QSettings settings;
    settings.clear();
    settings.sync();
    const QFileInfo file(settings.fileName());
    QFile::remove(file.filePath());
    QDir().rmdir(file.absolutePath());   // the per-run organization folder, if now empty
}

} // namespace TestSupport
