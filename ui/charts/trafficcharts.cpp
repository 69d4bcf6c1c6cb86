#include "trafficcharts.h"

#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QFile>
#include <QFileDialog>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineSeries>
#include <QMessageBox>
#include <QPen>
#include <QPushButton>
#include <QSaveFile>
#include <QValueAxis>
#include <QVBoxLayout>

#include <cmath>

namespace SocketScope {

TrafficCharts::TrafficCharts(QWidget *parent)
    : QWidget(parent)
    , m_window(new QComboBox(this))
    , m_grid(new QWidget(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    auto *bar = new QHBoxLayout;
    auto *windowLabel = new QLabel(tr("&Window:"), this);
    windowLabel->setBuddy(m_window);
    m_window->addItem(tr("1 minute"), qint64(60'000));
    m_window->addItem(tr("10 minutes"), qint64(600'000));
    m_window->addItem(tr("1 hour"), qint64(3'600'000));
    auto *png = new QPushButton(tr("Export &PNG…"), this);
    auto *csv = new QPushButton(tr("Export C&SV…"), this);
    bar->addWidget(windowLabel);
    bar->addWidget(m_window);
    bar->addStretch(1);
    bar->addWidget(png);
    bar->addWidget(csv);
    layout->addLayout(bar);

    auto *grid = new QGridLayout(m_grid);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setSpacing(2);
    //: Chart series: connections that are open (adjective)
    const QString open = tr("open");
    //: Chart series: received (incoming) traffic
    const QString in = tr("in");
    //: Chart series: sent (outgoing) traffic
    const QString out = tr("out");
    m_connections = makeChart(tr("Connections"), {open});
    m_messages = makeChart(tr("Messages/s"), {in, out});
    m_bytes = makeChart(tr("Bytes/s"), {in, out});
    m_rejections = makeChart(tr("Rate-limit rejections/s"), {tr("rejected")});
    grid->addWidget(m_connections.view, 0, 0);
    grid->addWidget(m_messages.view, 0, 1);
    grid->addWidget(m_bytes.view, 1, 0);
    grid->addWidget(m_rejections.view, 1, 1);
    layout->addWidget(m_grid, 1);

    connect(m_window, &QComboBox::currentIndexChanged, this, &TrafficCharts::refresh);
    connect(png, &QPushButton::clicked, this, [this] { chooseExportFile(true); });
    connect(csv, &QPushButton::clicked, this, [this] { chooseExportFile(false); });
    refresh();
}

TrafficCharts::Chart TrafficCharts::makeChart(const QString &title, const QStringList &seriesNames)
{
    Chart c;
    c.chart = new QChart;
    c.chart->setTitle(title);
    c.chart->setAnimationOptions(QChart::NoAnimation);
    c.chart->legend()->setVisible(seriesNames.size() > 1);
    c.chart->legend()->setAlignment(Qt::AlignBottom);
    c.chart->setMargins(QMargins(2, 2, 2, 2));
    c.x = new QDateTimeAxis;
    c.x->setFormat(QStringLiteral("HH:mm:ss"));
    c.x->setTickCount(5);
    c.y = new QValueAxis;
    // Few ticks and %g: small docks otherwise elide the labels, and 0..1 shows as "0 0 1 1 1".
    c.y->setLabelFormat(QStringLiteral("%g"));
    c.y->setTickCount(3);
    c.y->setMin(0);
    c.chart->addAxis(c.x, Qt::AlignBottom);
    c.chart->addAxis(c.y, Qt::AlignLeft);
    for (const QString &name : seriesNames) {
        auto *s = new QLineSeries;
        s->setName(name);
        c.chart->addSeries(s);
        s->attachAxis(c.x);
        s->attachAxis(c.y);
        c.series.append(s);
    }
    applySeriesColours(c);
    c.view = new QChartView(c.chart, m_grid);
    c.view->setRenderHint(QPainter::Antialiasing, false);
    c.view->setMinimumSize(150, 110);
    c.view->setAccessibleName(title);
    c.view->setAccessibleDescription(tr("Line chart of %1 over the chosen time window: %2")
                                         .arg(title, seriesNames.join(QLatin1String(", "))));
    return c;
}

QColor TrafficCharts::seriesColour(int index, int seriesCount, bool dark)
{
    // Fixed per meaning, so "in" and "out" keep their colours in both themes (each chart theme
    // has its own palette order); a bit lighter on the dark background.
    if (seriesCount == 1)
        return dark ? QColor(0x64, 0xb5, 0xf6) : QColor(0x19, 0x76, 0xd2);
    return index == 0 ? (dark ? QColor(0x64, 0xb5, 0xf6) : QColor(0x19, 0x76, 0xd2))    // in: blue
                      : (dark ? QColor(0xff, 0xb7, 0x4d) : QColor(0xef, 0x6c, 0x00));   // out: orange
}

void TrafficCharts::applySeriesColours(Chart &c) const
{
    for (int i = 0; i < c.series.size(); ++i) {
        QPen pen = c.series.at(i)->pen();
        pen.setColor(seriesColour(i, int(c.series.size()), m_dark));
        pen.setWidthF(2);
        c.series.at(i)->setPen(pen);
    }
}

void TrafficCharts::setDarkTheme(bool dark)
{
    m_dark = dark;
    for (Chart *c : {&m_connections, &m_messages, &m_bytes, &m_rejections}) {
        // setTheme() resets fonts, colours and the legend: re-apply what makeChart() chose.
        c->chart->setTheme(dark ? QChart::ChartThemeDark : QChart::ChartThemeLight);
        c->chart->setBackgroundRoundness(0);
        c->chart->legend()->setVisible(c->series.size() > 1);
        c->chart->legend()->setAlignment(Qt::AlignBottom);
        applySeriesColours(*c);
    }
    updateTickCounts();
}

QList<QChart *> TrafficCharts::charts() const
{
    return {m_connections.chart, m_messages.chart, m_bytes.chart, m_rejections.chart};
}

void TrafficCharts::addCounters(qint64 timeMs, const Counters &counters)
{
    if (!m_history.add(timeMs, counters))
        return;
    Q_EMIT sampleAdded();
    if (isVisible())
        refresh();
}

void TrafficCharts::clearHistory()
{
    m_history.clear();
    refresh();
}

qint64 TrafficCharts::windowMs() const
{
    return m_window->currentData().toLongLong();
}

void TrafficCharts::setWindowMs(qint64 ms)
{
    const int i = m_window->findData(ms);
    if (i >= 0)
        m_window->setCurrentIndex(i);
}

void TrafficCharts::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    updateTickCounts();
    refresh();
}

void TrafficCharts::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    updateTickCounts();
}

void TrafficCharts::updateTickCounts()
{
    for (Chart *c : {&m_connections, &m_messages, &m_bytes, &m_rejections}) {
        const QFontMetrics fm(c->x->labelsFont());
        const int label = fm.horizontalAdvance(c->x->format().replace(QLatin1Char('H'), QLatin1Char('0'))
                                                    .replace(QLatin1Char('m'), QLatin1Char('0'))
                                                    .replace(QLatin1Char('s'), QLatin1Char('0')));
        // The y axis and the margins take about 60 px of the view.
        const int plot = std::max(0, c->view->width() - 60);
        c->x->setTickCount(std::clamp(plot / (label + 24) + 1, 2, 7));
    }
}

void TrafficCharts::refresh()
{
    const qint64 now = m_history.isEmpty() ? QDateTime::currentMSecsSinceEpoch() : m_history.latest().timeMs;
    const qint64 from = now - windowMs();
    const QList<TrafficSample> samples = m_history.since(from);

    QList<QPointF> connections, msgIn, msgOut, bytesIn, bytesOut, rejections;
    for (auto *list : {&connections, &msgIn, &msgOut, &bytesIn, &bytesOut, &rejections})
        list->reserve(samples.size());
    for (const TrafficSample &s : samples) {
        const auto t = qreal(s.timeMs);
        connections.append({t, qreal(s.connections)});
        msgIn.append({t, s.messagesInPerSec});
        msgOut.append({t, s.messagesOutPerSec});
        bytesIn.append({t, s.bytesInPerSec});
        bytesOut.append({t, s.bytesOutPerSec});
        rejections.append({t, s.rejectionsPerSec});
    }

    const QDateTime start = QDateTime::fromMSecsSinceEpoch(from);
    const QDateTime end = QDateTime::fromMSecsSinceEpoch(now);
    const QString format = windowMs() > 600'000 ? QStringLiteral("HH:mm") : QStringLiteral("HH:mm:ss");
    auto apply = [&](Chart &c, const QList<const QList<QPointF> *> &data) {
        qreal top = 0;
        for (int i = 0; i < c.series.size(); ++i) {
            c.series.at(i)->replace(*data.at(i));
            for (const QPointF &p : *data.at(i))
                top = std::max(top, p.y());
        }
        if (c.x->format() != format) {
            c.x->setFormat(format);
            updateTickCounts();
        }
        c.x->setRange(start, end);
        // A "nice" ceiling keeps the axis from jittering on every sample.
        const qreal magnitude = std::pow(10.0, std::floor(std::log10(std::max<qreal>(top, 1.0))));
        qreal ceiling = std::max<qreal>(1.0, std::ceil(top * 1.1 / magnitude) * magnitude);
        if (std::fmod(ceiling, 2.0) != 0.0)
            ceiling += magnitude;   // even, so the middle tick is a round number

        c.y->setRange(0, ceiling);
    };
    apply(m_connections, {&connections});
    apply(m_messages, {&msgIn, &msgOut});
    apply(m_bytes, {&bytesIn, &bytesOut});
    apply(m_rejections, {&rejections});
}

bool TrafficCharts::exportPng(const QString &fileName) const
{
    return m_grid->grab().save(fileName, "PNG");
}

bool TrafficCharts::exportCsv(const QString &fileName) const
{
    QSaveFile file(fileName);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    TrafficHistory::writeCsv(&file, m_history.samples());
    return file.commit();
}

void TrafficCharts::chooseExportFile(bool png)
{
    const QString fileName = png
        ? QFileDialog::getSaveFileName(this, tr("Export charts as PNG"), QStringLiteral("socketscope-charts.png"),
                                       tr("PNG images (*.png)"))
        : QFileDialog::getSaveFileName(this, tr("Export chart data as CSV"), QStringLiteral("socketscope-traffic.csv"),
                                       tr("CSV files (*.csv)"));
    if (fileName.isEmpty())
        return;
    const bool ok = png ? exportPng(fileName) : exportCsv(fileName);
    if (!ok)
        QMessageBox::warning(this, tr("Export failed"), tr("Could not write %1.").arg(fileName));
}

} // namespace SocketScope
