#pragma once

#include "admin/admincommand.h"
#include "monitor/snapshot.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QPlainTextEdit;

namespace SocketScope {

// One step broadcast: text to everyone, a room, an endpoint family or a user. Asks again
// before sending to more than ConfirmThreshold connections.
class BroadcastDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Target { Everyone, Room, Endpoint, User };
    static constexpr int ConfirmThreshold = 100;

    explicit BroadcastDialog(const ServerSnapshot &snapshot, QWidget *parent = nullptr);

    // value: room name, int(EndpointKind) or user id, matching `target`.
    void setTarget(Target target, const QVariant &value = {});
    Target target() const;
    int recipients() const;
    AdminCommand command() const;

    void accept() override;

private:
    void fillValues();
    void update();

    ServerSnapshot m_snapshot;
    QComboBox *m_target;
    QLabel *m_valueLabel;
    QComboBox *m_value;
    QPlainTextEdit *m_text;
    QLabel *m_recipients;
    QDialogButtonBox *m_buttons;
};

} // namespace SocketScope
