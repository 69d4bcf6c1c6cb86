#pragma once

#include "admin/admincommand.h"

#include <QDialog>
#include <QHash>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QPlainTextEdit;

namespace SocketScope {

// Publishes a JSON object to a topic; the JSON is checked as it is typed and the error's
// line and column are shown and highlighted.
class PublishDialog : public QDialog
{
    Q_OBJECT
public:
    explicit PublishDialog(const QStringList &topics, QWidget *parent = nullptr);

    void setTopic(const QString &topic);
    void setJson(const QString &json);
    // Subscribers per topic now, so the dialog can say how many the message reaches.
    void setSubscriberCounts(const QHash<QString, int> &counts);
    AdminCommand command() const;

private:
    void validate();

    QComboBox *m_topic;
    QPlainTextEdit *m_json;
    QLabel *m_status;
    QDialogButtonBox *m_buttons;
    QHash<QString, int> m_subscribers;
};

} // namespace SocketScope
