#include "clientpanel.h"

#include "clienttab.h"
#include "simulatorwidget.h"
#include "snippetstore.h"

#include <QFileDialog>
#include <QHBoxLayout>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QTabBar>
#include <QTabWidget>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace SocketScope {

ClientPanel::ClientPanel(ServerHost *host, QWidget *parent)
    : QWidget(parent), m_host(host), m_snippets(new SnippetStore(this))
{
    setObjectName(u"clientPanel"_s);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(u"clientTabs"_s);
    m_tabs->setDocumentMode(true);
    m_tabs->setTabsClosable(true);
    m_tabs->setMovable(true);
    m_tabs->setUsesScrollButtons(true);

    auto *corner = new QWidget(m_tabs);
    auto *cornerLayout = new QHBoxLayout(corner);
    cornerLayout->setContentsMargins(0, 0, 0, 0);
    auto *add = new QToolButton(corner);
    add->setObjectName(u"addClient"_s);
    add->setText(tr("+ &New client"));
    add->setToolTip(tr("Open another client in a new tab"));
    auto *load = new QToolButton(corner);
    load->setText(tr("&Open transcript…"));
    load->setToolTip(tr("Open a saved JSON Lines transcript in a new tab"));
    auto *lessons = new QToolButton(corner);
    lessons->setObjectName(u"lessons"_s);
    lessons->setText(tr("&Lessons"));
    lessons->setToolTip(tr("Scripted scenarios that show, step by step, what happens on the wire"));
    lessons->setPopupMode(QToolButton::InstantPopup);
    auto *lessonMenu = new QMenu(lessons);
    for (Lesson l : allLessons())
        lessonMenu->addAction(lessonTitle(l), this, [this, l] { startLesson(l); });
    lessons->setMenu(lessonMenu);
    cornerLayout->addWidget(add);
    cornerLayout->addWidget(lessons);
    cornerLayout->addWidget(load);
    m_tabs->setCornerWidget(corner, Qt::TopRightCorner);
    layout->addWidget(m_tabs);

    m_simulator = new SimulatorWidget(host, m_tabs);
    // Scrolls on its own: a tab widget is as wide as its widest page, and the simulator's
    // rows would otherwise make every client tab wider than a small window's dock.
    m_simulatorPage = new QScrollArea(m_tabs);
    m_simulatorPage->setWidget(m_simulator);
    m_simulatorPage->setWidgetResizable(true);
    m_simulatorPage->setFrameShape(QFrame::NoFrame);
    m_tabs->addTab(m_simulatorPage, tr("Simulated clients"));
    m_tabs->tabBar()->setTabButton(0, QTabBar::RightSide, nullptr);
    m_tabs->tabBar()->setTabButton(0, QTabBar::LeftSide, nullptr);

    connect(add, &QToolButton::clicked, this, [this] { addClient(); });
    connect(load, &QToolButton::clicked, this, &ClientPanel::loadTranscript);
    connect(m_tabs, &QTabWidget::tabCloseRequested, this, &ClientPanel::closeClient);

    addClient();
}

ClientPanel::~ClientPanel() = default;

ClientTab *ClientPanel::startLesson(Lesson lesson)
{
    ClientTab *tab = addClient();
    new LessonRunner(tab, lesson);
    return tab;
}

int ClientPanel::clientCount() const
{
    int n = 0;
    for (int i = 0; i < m_tabs->count(); ++i)
        n += qobject_cast<ClientTab *>(m_tabs->widget(i)) ? 1 : 0;
    return n;
}

ClientTab *ClientPanel::client(int index) const
{
    int n = 0;
    for (int i = 0; i < m_tabs->count(); ++i) {
        if (auto *tab = qobject_cast<ClientTab *>(m_tabs->widget(i))) {
            if (n++ == index)
                return tab;
        }
    }
    return nullptr;
}

ClientTab *ClientPanel::currentClient() const
{
    return qobject_cast<ClientTab *>(m_tabs->currentWidget());
}

ClientTab *ClientPanel::addClient()
{
    auto *tab = new ClientTab(m_host, m_snippets, m_tabs);
    tab->setObjectName(u"client%1"_s.arg(m_nextNumber++));
    // New clients go before the simulator page, which stays last.
    const int index = m_tabs->insertTab(m_tabs->indexOf(m_simulatorPage), tab, tab->stateIcon(), tab->title());
    connect(tab, &ClientTab::titleChanged, this, [this, tab] { updateTab(tab); });
    connect(tab, &ClientTab::stateChanged, this, [this, tab] { updateTab(tab); });
    m_tabs->setCurrentIndex(index);
    tab->focusEditor();
    return tab;
}

void ClientPanel::updateTab(ClientTab *tab)
{
    const int i = m_tabs->indexOf(tab);
    if (i < 0)
        return;
    m_tabs->setTabText(i, tab->title());
    m_tabs->setTabIcon(i, tab->stateIcon());
    m_tabs->setTabToolTip(i, tab->stateText());
}

void ClientPanel::closeClient(int tabIndex)
{
    auto *tab = qobject_cast<ClientTab *>(m_tabs->widget(tabIndex));
    if (!tab)
        return;
    m_tabs->removeTab(tabIndex);
    tab->deleteLater();
    if (clientCount() == 0)
        addClient();
}

void ClientPanel::loadTranscript()
{
    const QString name = QFileDialog::getOpenFileName(this, tr("Open transcript"), QString(),
                                                      tr("JSON Lines (*.jsonl);;All files (*)"));
    if (name.isEmpty())
        return;
    ClientTab *tab = addClient();
    QString error;
    if (!tab->loadTranscriptFrom(name, &error)) {
        closeClient(m_tabs->indexOf(tab));
        QMessageBox::warning(this, tr("Open transcript"), tr("Could not open %1: %2").arg(name, error));
    }
}

void ClientPanel::showSimulator()
{
    m_tabs->setCurrentWidget(m_simulatorPage);
}

} // namespace SocketScope
