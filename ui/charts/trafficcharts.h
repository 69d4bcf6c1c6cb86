#pragma once

#include "traffichistory.h"

#include <QColor>
#include <QWidget>

class QComboBox;
class QChart;
class QChartView;
class QDateTimeAxis;
class QLineSeries;
class QValueAxis;

namespace SocketScope {

// Connections, messages/s, bytes/s and rate-limit rejections over 1 min / 10 min / 1 h.
// History is fed on every snapshot whether or not the charts are visible; the series are
// rebuilt with one replace() per new sample, and only while visible.
class TrafficCharts : public QWidget
{
    Q_OBJECT
public:
    explicit TrafficCharts(QWidget *parent = nullptr);

    void addCounters(qint64 timeMs, const Counters &counters);
    void clearHistory();
    const TrafficHistory &history() const { return m_history; }

    qint64 windowMs() const;
    void setWindowMs(qint64 ms);

    // Qt Charts' dark or light theme, to match the window's palette.
    void setDarkTheme(bool dark);
    bool isDarkTheme() const { return m_dark; }
    QList<QChart *> charts() const;
    // The colour of series `index` of `seriesCount` (in: blue, out: orange) in either theme.
    static QColor seriesColour(int index, int seriesCount, bool dark);

    bool exportPng(const QString &fileName) const;
    bool exportCsv(const QString &fileName) const;

Q_SIGNALS:
    void sampleAdded();

protected:
    void showEvent(QShowEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    struct Chart
    {
        QChart *chart = nullptr;
        QChartView *view = nullptr;
        QDateTimeAxis *x = nullptr;
        QValueAxis *y = nullptr;
        QList<QLineSeries *> series;
    };
    Chart makeChart(const QString &title, const QStringList &seriesNames);
    void applySeriesColours(Chart &c) const;
    void refresh();
    // As many time ticks as fit without eliding their labels.
    void updateTickCounts();
    void chooseExportFile(bool png);

    TrafficHistory m_history;
    QComboBox *m_window;
    QWidget *m_grid;
    Chart m_connections;
    Chart m_messages;
    Chart m_bytes;
    Chart m_rejections;
    bool m_dark = false;
};

} // namespace SocketScope
