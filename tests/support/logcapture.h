#pragma once

// Keeps every log line of the test process (and passes it on), so a test can assert that a
// failure was logged, once, and that no secret was.

#include <QMutex>
#include <QMutexLocker>
#include <QStringList>
#include <QtGlobal>

#include <algorithm>

namespace TestSupport {

namespace Detail {
inline QMutex logMutex;
inline QStringList logLines;
inline QtMessageHandler previousHandler = nullptr;

inline void captureLine(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    {
        QMutexLocker lock(&logMutex);
        logLines.append(message);
    }
    if (previousHandler)
        previousHandler(type, context, message);
}
} // namespace Detail

inline void startLogCapture() { Detail::previousHandler = qInstallMessageHandler(Detail::captureLine); }
inline void stopLogCapture() { qInstallMessageHandler(Detail::previousHandler); }

inline QStringList logContaining(const QString &needle)
{
    QMutexLocker lock(&Detail::logMutex);
    QStringList out;
    for (const QString &l : std::as_const(Detail::logLines)) {
        if (l.contains(needle))
            out.append(l);
    }
    return out;
}

inline qsizetype logged(const QString &needle) { return logContaining(needle).size(); }

inline QString wholeLog()
{
    QMutexLocker lock(&Detail::logMutex);
    return Detail::logLines.join(u'\n');
}

} // namespace TestSupport
