#pragma once

// The client panel (SPEC §5): several WebSocket clients in tabs, each with its own URL, auth
// method, state and log, plus a page of simulated clients for demos. Talks to the app's own
// server (by default) or any ws:// / wss:// URL over real sockets.

#include "lessons.h"

#include <QWidget>

class QScrollArea;
class QTabWidget;

namespace SocketScope {

class ClientTab;
class ServerHost;
class SimulatorWidget;
class SnippetStore;

class ClientPanel : public QWidget
{
    Q_OBJECT
public:
    explicit ClientPanel(ServerHost *host, QWidget *parent = nullptr);
    ~ClientPanel() override;

    int clientCount() const;
    ClientTab *client(int index) const;
    ClientTab *currentClient() const;
    SimulatorWidget *simulator() const { return m_simulator; }
    QTabWidget *tabs() const { return m_tabs; }
    SnippetStore *snippets() const { return m_snippets; }

    // Lesson mode: a new X-ray tab that runs a scripted scenario (lessons.h).
    ClientTab *startLesson(Lesson lesson);

public Q_SLOTS:
    ClientTab *addClient();
    void closeClient(int tabIndex);
    void loadTranscript();
    void showSimulator();

private:
    void updateTab(ClientTab *tab);

    ServerHost *m_host;
    SnippetStore *m_snippets;
    QTabWidget *m_tabs;
    SimulatorWidget *m_simulator;
    QScrollArea *m_simulatorPage = nullptr;
    int m_nextNumber = 1;
};

} // namespace SocketScope
