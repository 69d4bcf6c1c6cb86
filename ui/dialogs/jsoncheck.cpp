#include "jsoncheck.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonParseError>

namespace SocketScope {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(JsonCheck)
};
} // namespace

JsonCheck checkJsonObject(const QString &text)
{
    JsonCheck result;
    const QByteArray utf8 = text.toUtf8();
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(utf8, &error);
    if (error.error == QJsonParseError::NoError) {
        if (doc.isObject()) {
            result.ok = true;
            return result;
        }
        result.message = Text::tr("The data must be a JSON object ({ … }).");
        result.offset = 0;
        result.line = 1;
        result.column = 1;
        return result;
    }
    // QJsonParseError::offset counts UTF-8 bytes; the editor counts UTF-16 characters.
    const int byteOffset = std::clamp(error.offset, 0, int(utf8.size()));
    const QString before = QString::fromUtf8(utf8.constData(), byteOffset);
    result.offset = int(before.size());
    const qsizetype lastNewline = before.lastIndexOf(u'\n');
    result.line = int(before.count(u'\n')) + 1;
    result.column = int(before.size() - (lastNewline + 1)) + 1;
    result.message = Text::tr("Line %1, column %2: %3")
                         .arg(result.line)
                         .arg(result.column)
                         .arg(error.errorString());
    return result;
}

} // namespace SocketScope
