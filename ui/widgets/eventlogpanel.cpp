#include "eventlogpanel.h"

#include "columnwidths.h"
#include "eventlogmodel.h"
#include "uiformat.h"

#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QSaveFile>
#include <QScrollBar>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace SocketScope {

EventLogPanel::EventLogPanel(QWidget *parent, int capacity)
    : QWidget(parent)
    , m_model(new EventLogModel(this, capacity))
    , m_proxy(new EventFilterProxy(this))
    , m_search(new QLineEdit(this))
    , m_kinds(new QToolButton(this))
    , m_pause(new QToolButton(this))
    , m_status(new QLabel(this))
    , m_view(new QTableView(this))
{
    m_proxy->setSourceModel(m_model);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    auto *bar = new QHBoxLayout;
    m_search->setPlaceholderText(tr("Search events"));
    m_search->setClearButtonEnabled(true);

    m_kinds->setText(tr("&Kinds"));
    m_kinds->setPopupMode(QToolButton::InstantPopup);
    auto *kindMenu = new QMenu(m_kinds);
    using K = ServerEvent::Kind;
    for (K kind : {K::Connected, K::AuthOk, K::AuthFailed, K::Joined, K::Left, K::RateLimited, K::Kicked,
                   K::Closed, K::Admin, K::Listening, K::Stopped, K::Error}) {
        QAction *a = kindMenu->addAction(UiFormat::eventKindName(kind));
        a->setCheckable(true);
        a->setChecked(true);
        connect(a, &QAction::toggled, this, [this, kind](bool on) {
            m_proxy->setKindEnabled(kind, on);
            updateKindsButton();
        });
        m_kindActions.append(a);
    }
    kindMenu->addSeparator();
    connect(kindMenu->addAction(tr("Show all")), &QAction::triggered, this, [this] {
        for (QAction *a : std::as_const(m_kindActions))
            a->setChecked(true);
        m_proxy->setAllKindsEnabled();
        updateKindsButton();
    });
    kindMenu->addSeparator();
    QAction *group = kindMenu->addAction(tr("&Group repeated rate-limit rejections"));
    group->setObjectName(QStringLiteral("groupRepeats"));
    group->setCheckable(true);
    group->setChecked(true);
    group->setToolTip(tr("One row per user and %1 with the number of rejections, instead of one row each")
                          .arg(UiFormat::duration(EventLogModel::RepeatWindowMs)));
    connect(group, &QAction::toggled, m_proxy, &EventFilterProxy::setGroupRepeats);
    m_kinds->setMenu(kindMenu);
    updateKindsButton();

    m_pause->setText(tr("&Pause"));
    m_pause->setCheckable(true);
    m_pause->setToolTip(tr("Stop adding new events to the view; they are kept and shown on resume"));
    auto *clear = new QToolButton(this);
    clear->setText(tr("C&lear"));
    auto *exportButton = new QToolButton(this);
    exportButton->setText(tr("E&xport"));
    exportButton->setPopupMode(QToolButton::InstantPopup);
    auto *exportMenu = new QMenu(exportButton);
    connect(exportMenu->addAction(tr("As &CSV…")), &QAction::triggered, this, [this] { chooseExportFile(true); });
    connect(exportMenu->addAction(tr("As &JSON Lines…")), &QAction::triggered, this,
            [this] { chooseExportFile(false); });
    exportButton->setMenu(exportMenu);

    bar->addWidget(m_search, 1);
    bar->addWidget(m_kinds);
    bar->addWidget(m_pause);
    bar->addWidget(clear);
    bar->addWidget(exportButton);
    bar->addWidget(m_status);
    layout->addLayout(bar);

    m_view->setModel(m_proxy);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 6);
    // Fixed row heights and no per-row size hints keep 50,000 rows cheap.
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->horizontalHeader()->setStretchLastSection(true);
    using M = EventLogModel;
    setColumnWidthsFromSamples(m_view, {
        {M::TimeColumn, QStringLiteral("00:00:00.000")}, {M::KindColumn, UiFormat::eventKindName(ServerEvent::Kind::RateLimited)},
        {M::ConnectionColumn, QStringLiteral("99999")}, {M::UserColumn, QStringLiteral("john_doe (123)")},
        {M::EndpointColumn, UiFormat::endpointName(EndpointKind::Subscribe)}, {M::TargetColumn, QStringLiteral("support")},
        {M::CloseCodeColumn, UiFormat::closeCode(1008)},
    });
    layout->addWidget(m_view, 1);

    connect(m_search, &QLineEdit::textChanged, m_proxy, &EventFilterProxy::setText);
    connect(m_pause, &QToolButton::toggled, this, [this](bool paused) {
        m_model->setPaused(paused);
        m_pause->setText(paused ? tr("&Resume") : tr("&Pause"));
        updateStatus();
    });
    connect(clear, &QToolButton::clicked, m_model, &EventLogModel::clear);
    connect(m_model, &EventLogModel::pendingCountChanged, this, &EventLogPanel::updateStatus);

    // Follow the bottom only while the user is there; scrolling up stops it, back down resumes.
    QScrollBar *scroll = m_view->verticalScrollBar();
    connect(scroll, &QScrollBar::valueChanged, this, [this, scroll](int value) {
        m_follow = value >= scroll->maximum();
    });
    connect(scroll, &QScrollBar::rangeChanged, this, [this, scroll](int, int max) {
        if (m_follow)
            scroll->setValue(max);
    });
    updateStatus();
}

void EventLogPanel::appendEvents(const QList<ServerEvent> &events, quint64 droppedByServer)
{
    m_serverDropped += droppedByServer;
    m_model->appendEvents(events);
    if (droppedByServer)
        updateStatus();
}

QList<ServerEvent> EventLogPanel::visibleEvents() const
{
    // Every event the kind and text filters let through, repeats folded in the view included.
    QList<ServerEvent> out;
    const int rows = m_model->rowCount();
    for (int r = 0; r < rows; ++r) {
        if (m_proxy->acceptsIgnoringRepeats(r))
            out.append(m_model->eventAt(r));
    }
    return out;
}

bool EventLogPanel::exportCsv(const QString &fileName) const
{
    QSaveFile file(fileName);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    EventLogModel::writeCsv(&file, visibleEvents());
    return file.commit();
}

bool EventLogPanel::exportJsonLines(const QString &fileName) const
{
    QSaveFile file(fileName);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    EventLogModel::writeJsonLines(&file, visibleEvents());
    return file.commit();
}

void EventLogPanel::chooseExportFile(bool csv)
{
    const QString fileName = csv
        ? QFileDialog::getSaveFileName(this, tr("Export event log as CSV"), QStringLiteral("socketscope-events.csv"),
                                       tr("CSV files (*.csv)"))
        : QFileDialog::getSaveFileName(this, tr("Export event log as JSON Lines"),
                                       QStringLiteral("socketscope-events.jsonl"), tr("JSON Lines (*.jsonl)"));
    if (fileName.isEmpty())
        return;
    if (!(csv ? exportCsv(fileName) : exportJsonLines(fileName)))
        QMessageBox::warning(this, tr("Export failed"), tr("Could not write %1.").arg(fileName));
}

void EventLogPanel::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void EventLogPanel::updateKindsButton()
{
    // A filter that hides kinds says so on its button, so missing rows are not a mystery.
    const int hidden = m_proxy->disabledKindCount();
    m_kinds->setText(hidden == 0 ? tr("&Kinds") : tr("&Kinds (%n hidden)", nullptr, hidden));
    QFont f = m_kinds->font();
    f.setBold(hidden > 0);
    m_kinds->setFont(f);
    m_kinds->setToolTip(hidden == 0 ? tr("Choose the kinds of event to show")
                                    : tr("%n kind(s) of event hidden; “Show all” shows them again", nullptr, hidden));
}

void EventLogPanel::updateStatus()
{
    QStringList parts;
    if (m_model->isPaused())
        parts << tr("paused, %n new event(s) waiting", nullptr, m_model->pendingCount());
    if (m_serverDropped)
        parts << tr("%n event(s) dropped by the server under load", nullptr, int(std::min<quint64>(m_serverDropped, INT_MAX)));
    m_status->setText(parts.join(QStringLiteral("; ")));
}

} // namespace SocketScope
