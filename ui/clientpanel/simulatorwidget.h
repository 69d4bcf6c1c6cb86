#pragma once

// The "Simulated clients" page of the client panel: spawn N clients on an endpoint with a
// behaviour, watch their state and close codes, stop them all.

#include "simulatedclients.h"

#include <QTimer>
#include <QWidget>

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;

namespace SocketScope {

class ServerHost;

class SimulatorWidget : public QWidget
{
    Q_OBJECT
public:
    explicit SimulatorWidget(ServerHost *host, QWidget *parent = nullptr);

    SimulatedClients *clients() const { return m_clients; }
    SimSettings settings() const;
    void setEndpoint(EndpointKind kind, const QString &target = {});
    void setBehaviour(SimBehaviour behaviour);
    void setCount(int count);
    void setRate(double perSecond);
    void setAuth(ClientAuth auth, const QString &credential);
    QString statusText() const;

public Q_SLOTS:
    bool spawn();
    void stopAll();

private:
    void updatePreview();
    void updateStatus();
    QString baseUrl() const;

    ServerHost *m_host;
    SimulatedClients *m_clients;
    QComboBox *m_endpoint;
    QLineEdit *m_target;
    QLineEdit *m_url;
    QComboBox *m_auth;
    QComboBox *m_credential;
    QSpinBox *m_count;
    QComboBox *m_behaviour;
    QDoubleSpinBox *m_rate;
    QPushButton *m_spawn;
    QPushButton *m_stop;
    QLabel *m_status;
    QPlainTextEdit *m_closes;
    QTimer m_refresh;
    bool m_dirty = false;
};

} // namespace SocketScope
