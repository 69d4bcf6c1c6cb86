#include "simulatorwidget.h"

#include "serverhost.h"
#include "uiformat.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace SocketScope {

SimulatorWidget::SimulatorWidget(ServerHost *host, QWidget *parent)
    : QWidget(parent), m_host(host), m_clients(new SimulatedClients(this))
{
    auto *outer = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Simulated clients show rate limiting, heartbeats and limits live on the "
                                "dashboard. Each one is a plain TCP socket doing its own WebSocket handshake, "
                                "so it can misbehave in ways a normal client library will not."), this);
    intro->setWordWrap(true);
    outer->addWidget(intro);

    auto *form = new QFormLayout;
    m_endpoint = new QComboBox(this);
    m_endpoint->setObjectName(u"simEndpoint"_s);
    for (EndpointKind k : {EndpointKind::Echo, EndpointKind::Chat, EndpointKind::Admin, EndpointKind::Manager,
                           EndpointKind::Room, EndpointKind::Subscribe})
        m_endpoint->addItem(tr("%1 — %2").arg(endpointPattern(k), UiFormat::endpointName(k)), int(k));
    m_endpoint->setCurrentIndex(1);
    m_target = new QLineEdit(u"lobby"_s, this);
    m_target->setObjectName(u"simTarget"_s);
    m_target->setToolTip(tr("client_id, room_id or topic, for the endpoints that take one"));
    auto *endpointRow = new QHBoxLayout;
    endpointRow->addWidget(m_endpoint, 1);
    endpointRow->addWidget(m_target, 1);
    // addRow(QString, QLayout *) makes a label without a buddy: its "&" would show as is.
    auto *endpointLabel = new QLabel(tr("&Endpoint:"), this);
    endpointLabel->setBuddy(m_endpoint);
    form->addRow(endpointLabel, endpointRow);

    m_url = new QLineEdit(this);
    m_url->setObjectName(u"simUrl"_s);
    m_url->setToolTip(tr("Any ws:// server; built from the endpoint above"));
    form->addRow(tr("&URL:"), m_url);

    m_auth = new QComboBox(this);
    m_auth->setObjectName(u"simAuth"_s);
    for (ClientAuth a : {ClientAuth::Header, ClientAuth::Query, ClientAuth::Cookie, ClientAuth::Message, ClientAuth::None})
        m_auth->addItem(clientAuthLabel(a), int(a));
    m_credential = new QComboBox(this);
    m_credential->setObjectName(u"simCredential"_s);
    m_credential->setEditable(true);
    m_credential->addItems({u"secret-token"_s, u"valid-token"_s, u"abc123"_s, u"xyz789"_s});
    m_credential->setToolTip(tr("All simulated clients share this credential, so they share one user's rate limit"));
    auto *authRow = new QHBoxLayout;
    authRow->addWidget(m_auth);
    authRow->addWidget(m_credential, 1);
    auto *authLabel = new QLabel(tr("&Auth:"), this);
    authLabel->setBuddy(m_auth);
    form->addRow(authLabel, authRow);

    m_count = new QSpinBox(this);
    m_count->setObjectName(u"simCount"_s);
    m_count->setRange(1, 1000);
    m_count->setValue(10);
    form->addRow(tr("&Clients:"), m_count);

    m_behaviour = new QComboBox(this);
    m_behaviour->setObjectName(u"simBehaviour"_s);
    for (SimBehaviour b : {SimBehaviour::Idle, SimBehaviour::Chatty, SimBehaviour::SlowReader, SimBehaviour::NoPong,
                           SimBehaviour::Oversized, SimBehaviour::InvalidUtf8})
        m_behaviour->addItem(simBehaviourLabel(b), int(b));
    form->addRow(tr("&Behaviour:"), m_behaviour);

    m_rate = new QDoubleSpinBox(this);
    m_rate->setObjectName(u"simRate"_s);
    m_rate->setRange(0.1, 100);
    m_rate->setDecimals(1);
    m_rate->setValue(1);
    m_rate->setSuffix(tr(" msg/s per client"));
    form->addRow(tr("&Rate (chatty):"), m_rate);
    outer->addLayout(form);

    auto *buttons = new QHBoxLayout;
    m_spawn = new QPushButton(tr("S&pawn"), this);
    m_spawn->setObjectName(u"simSpawn"_s);
    m_stop = new QPushButton(tr("S&top all"), this);
    m_stop->setObjectName(u"simStop"_s);
    buttons->addWidget(m_spawn);
    buttons->addWidget(m_stop);
    buttons->addStretch(1);
    outer->addLayout(buttons);

    m_status = new QLabel(this);
    m_status->setObjectName(u"simStatus"_s);
    m_status->setWordWrap(true);
    outer->addWidget(m_status);
    m_closes = new QPlainTextEdit(this);
    m_closes->setObjectName(u"simCloses"_s);
    m_closes->setReadOnly(true);
    m_closes->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_closes->setPlaceholderText(tr("Close codes of the simulated clients appear here."));
    outer->addWidget(m_closes, 1);

    connect(m_endpoint, &QComboBox::currentIndexChanged, this, &SimulatorWidget::updatePreview);
    connect(m_target, &QLineEdit::textChanged, this, &SimulatorWidget::updatePreview);
    connect(m_behaviour, &QComboBox::currentIndexChanged, this, [this] {
        m_rate->setEnabled(SimBehaviour(m_behaviour->currentData().toInt()) == SimBehaviour::Chatty);
    });
    m_rate->setEnabled(false);
    connect(m_auth, &QComboBox::currentIndexChanged, this, [this] {
        m_credential->setEnabled(ClientAuth(m_auth->currentData().toInt()) != ClientAuth::None);
    });
    connect(m_spawn, &QPushButton::clicked, this, [this] { spawn(); });
    connect(m_stop, &QPushButton::clicked, this, &SimulatorWidget::stopAll);
    connect(m_clients, &SimulatedClients::changed, this, [this] { m_dirty = true; });
    m_refresh.setInterval(250);
    connect(&m_refresh, &QTimer::timeout, this, [this] {
        if (m_dirty)
            updateStatus();
    });
    m_refresh.start();
    if (m_host) {
        connect(m_host, &ServerHost::started, this, &SimulatorWidget::updatePreview);
    }
    updatePreview();
    updateStatus();
}

QString SimulatorWidget::baseUrl() const
{
    if (m_host && !m_host->listenUrl().isEmpty())
        return m_host->listenUrl();
    const QUrl u(m_url->text().trimmed());
    if (u.isValid() && !u.host().isEmpty())
        return u.toString(QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment);
    return u"ws://127.0.0.1:8000"_s;
}

void SimulatorWidget::updatePreview()
{
    const EndpointKind kind = EndpointKind(m_endpoint->currentData().toInt());
    const bool takesTarget = kind == EndpointKind::Manager || kind == EndpointKind::Room || kind == EndpointKind::Subscribe;
    m_target->setEnabled(takesTarget);
    const QString target = m_target->text().trimmed();
    m_url->setText(endpointUrl(baseUrl(), kind, target.toLongLong(), target, target).toString(QUrl::FullyEncoded));
}

SimSettings SimulatorWidget::settings() const
{
    SimSettings s;
    s.config.url = QUrl(m_url->text().trimmed());
    s.config.auth = ClientAuth(m_auth->currentData().toInt());
    s.config.credential = s.config.auth == ClientAuth::None ? QString() : m_credential->currentText().trimmed();
    s.behaviour = SimBehaviour(m_behaviour->currentData().toInt());
    s.messagesPerSecond = m_rate->value();
    if (m_host && m_host->config().maxMessageSize > 0)
        s.oversizedBytes = qint64(m_host->config().maxMessageSize) + 1;
    return s;
}

void SimulatorWidget::setEndpoint(EndpointKind kind, const QString &target)
{
    m_endpoint->setCurrentIndex(qMax(0, m_endpoint->findData(int(kind))));
    if (!target.isEmpty())
        m_target->setText(target);
    updatePreview();
}

void SimulatorWidget::setBehaviour(SimBehaviour behaviour)
{
    m_behaviour->setCurrentIndex(qMax(0, m_behaviour->findData(int(behaviour))));
}

void SimulatorWidget::setCount(int count)
{
    m_count->setValue(count);
}

void SimulatorWidget::setRate(double perSecond)
{
    m_rate->setValue(perSecond);
}

void SimulatorWidget::setAuth(ClientAuth auth, const QString &credential)
{
    m_auth->setCurrentIndex(qMax(0, m_auth->findData(int(auth))));
    m_credential->setCurrentText(credential);
}

bool SimulatorWidget::spawn()
{
    QString error;
    if (!m_clients->spawn(settings(), m_count->value(), &error)) {
        m_status->setText(error);
        return false;
    }
    updateStatus();
    return true;
}

void SimulatorWidget::stopAll()
{
    m_clients->stopAll();
    updateStatus();
}

QString SimulatorWidget::statusText() const
{
    return m_status->text();
}

void SimulatorWidget::updateStatus()
{
    m_dirty = false;
    m_status->setText(tr("Running: %1 (connecting %2, open %3) · closed so far: %4 · messages sent %5, received %6")
                          .arg(m_clients->running())
                          .arg(m_clients->connecting())
                          .arg(m_clients->open())
                          .arg(m_clients->closed())
                          .arg(m_clients->sent())
                          .arg(m_clients->received()));
    m_stop->setEnabled(m_clients->running() > 0);
    const QHash<int, int> codes = m_clients->closeCodes();
    const QHash<int, QString> reasons = m_clients->lastReasons();
    QList<int> keys = codes.keys();
    std::sort(keys.begin(), keys.end());
    QStringList lines;
    for (int code : keys) {
        const QString reason = reasons.value(code);
        if (code == 0)
            lines << tr("%1 × no close frame: %2").arg(codes.value(code), 4).arg(reason);
        else
            lines << tr("%1 × %2 %3%4").arg(codes.value(code), 4).arg(code).arg(UiFormat::closeCodeMeaning(code),
                                                                          reason.isEmpty() ? QString() : u": "_s + reason);
    }
    const QString text = lines.join(u'\n');
    if (m_closes->toPlainText() != text)
        m_closes->setPlainText(text);
}

} // namespace SocketScope
