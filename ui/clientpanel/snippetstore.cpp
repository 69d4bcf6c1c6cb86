#include "snippetstore.h"

#include <QSettings>

using namespace Qt::StringLiterals;

namespace SocketScope {

SnippetStore::SnippetStore(QObject *parent) : QObject(parent)
{
    if (!load()) {
        // Starters for learners; a user's own list replaces them once saved.
        m_snippets = {
            {tr("Publish to the topic"), 1, u"{\"type\":\"publish\",\"data\":{\"price\":42}}"_s},
            {tr("Admin: stats"), 1, u"{\"type\":\"stats\"}"_s},
            {tr("Admin: broadcast"), 1, u"{\"type\":\"broadcast\",\"text\":\"Hello everyone\"}"_s},
            {tr("Text ping"), 0, u"ping"_s},
        };
    }
}

void SnippetStore::save(const MessageSnippet &snippet)
{
    for (MessageSnippet &s : m_snippets) {
        if (s.name == snippet.name) {
            s = snippet;
            store();
            Q_EMIT changed();
            return;
        }
    }
    m_snippets.append(snippet);
    store();
    Q_EMIT changed();
}

void SnippetStore::remove(const QString &name)
{
    const auto n = m_snippets.removeIf([&](const MessageSnippet &s) { return s.name == name; });
    if (n > 0) {
        store();
        Q_EMIT changed();
    }
}

bool SnippetStore::load()
{
    QSettings settings;
    settings.beginGroup(u"clientPanel"_s);
    if (!settings.contains(u"snippetsSaved"_s))
        return false;
    const int n = settings.beginReadArray(u"snippets"_s);
    for (int i = 0; i < n; ++i) {
        settings.setArrayIndex(i);
        MessageSnippet s;
        s.name = settings.value(u"name"_s).toString();
        s.mode = settings.value(u"mode"_s).toInt();
        s.text = settings.value(u"text"_s).toString();
        if (!s.name.isEmpty())
            m_snippets.append(s);
    }
    settings.endArray();
    settings.endGroup();
    return true;
}

void SnippetStore::store() const
{
    QSettings settings;
    settings.beginGroup(u"clientPanel"_s);
    settings.setValue(u"snippetsSaved"_s, true);
    settings.beginWriteArray(u"snippets"_s, int(m_snippets.size()));
    for (int i = 0; i < m_snippets.size(); ++i) {
        settings.setArrayIndex(i);
        settings.setValue(u"name"_s, m_snippets.at(i).name);
        settings.setValue(u"mode"_s, m_snippets.at(i).mode);
        settings.setValue(u"text"_s, m_snippets.at(i).text);
    }
    settings.endArray();
    settings.endGroup();
}

} // namespace SocketScope
