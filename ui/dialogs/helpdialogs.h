#pragma once

#include <QDialog>

class QTextBrowser;

namespace SocketScope {

// Help → About SocketScope: version, the Qt version it runs on, the licence.
void showAboutDialog(QWidget *parent);

// The About text (rich text), also what the test reads.
QString aboutText();

// Help → Getting started: the endpoints, the ways to authenticate and a first client, in the
// app's own words, with `serverUrl` ("ws://127.0.0.1:8000") in the examples.
class GettingStartedDialog : public QDialog
{
    Q_OBJECT
public:
    explicit GettingStartedDialog(const QString &serverUrl, QWidget *parent = nullptr);

    static QString html(const QString &serverUrl);
    QTextBrowser *browser() const { return m_browser; }

private:
    QTextBrowser *m_browser;
};

} // namespace SocketScope
