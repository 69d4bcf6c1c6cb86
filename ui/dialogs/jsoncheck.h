#pragma once

#include <QByteArray>
#include <QString>

namespace SocketScope {

// Where and why a text is not a JSON object; line and column are 1-based, the column counts
// characters (not bytes) so it matches the editor's cursor.
struct JsonCheck
{
    bool ok = false;
    QString message;
    int offset = -1;   // character offset into the text; -1 when ok
    int line = 0;
    int column = 0;
};

JsonCheck checkJsonObject(const QString &text);

} // namespace SocketScope
