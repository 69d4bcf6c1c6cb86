#pragma once

// Saved message snippets of the client panel, shared by its clients and kept in QSettings
// (group "clientPanel", array "snippets").

#include <QList>
#include <QObject>
#include <QString>

namespace SocketScope {

struct MessageSnippet
{
    QString name;
    int mode = 0;      // ClientTab::SendMode
    QString text;
};

class SnippetStore : public QObject
{
    Q_OBJECT
public:
    explicit SnippetStore(QObject *parent = nullptr);

    QList<MessageSnippet> snippets() const { return m_snippets; }
    // Adds, or replaces the snippet of the same name.
    void save(const MessageSnippet &snippet);
    void remove(const QString &name);

Q_SIGNALS:
    void changed();

private:
    bool load();   // false: nothing saved yet
    void store() const;

    QList<MessageSnippet> m_snippets;
};

} // namespace SocketScope
