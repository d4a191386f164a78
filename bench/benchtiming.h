// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QElapsedTimer>
#include <QString>

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <utility>
#include <vector>

namespace Coalition::Bench {

// Folded into by the timed code so the compiler keeps the work.
inline volatile std::uint64_t sink = 0;

inline double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    const size_t n = values.size();
    return n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2.0;
}

// Milliseconds per call of `work`, `calls` calls in a row.
template<typename Work>
double timeCalls(Work &work, int calls)
{
    QElapsedTimer timer;
    timer.start();
    for (int i = 0; i < calls; ++i)
        sink = sink + std::uint64_t(work());
    return double(timer.nsecsElapsed()) / 1e6 / calls;
}

// The median time of one call of `ours` and of `baseline`, over `runs`
// samples taken in turn so both see the same load on the machine. A call
// shorter than a few milliseconds is repeated within each sample, so the
// clock's resolution does not decide the figure. Both are called once first
// (caches, lazy initialization) and not counted.
template<typename Ours, typename Baseline>
std::pair<double, double> compare(Ours ours, Baseline baseline, int runs)
{
    constexpr double SampleMs = 20.0;
    const auto callsFor = [](double once) {
        return once >= SampleMs ? 1 : std::clamp(int(SampleMs / std::max(once, 1e-4)), 1, 100000);
    };
    const int oursCalls = callsFor(timeCalls(ours, 1));
    const int baselineCalls = callsFor(timeCalls(baseline, 1));
    std::vector<double> oursMs, baselineMs;
    for (int run = 0; run < runs; ++run) {
        oursMs.push_back(timeCalls(ours, oursCalls));
        baselineMs.push_back(timeCalls(baseline, baselineCalls));
    }
    return {median(oursMs), median(baselineMs)};
}

inline QString formatMs(double ms)
{
    const int decimals = ms < 1 ? 3 : ms < 10 ? 2 : ms < 100 ? 1 : 0;
    return QString::number(ms, 'f', decimals);
}

// "name: ours X ms (what), baseline Y ms (what), ratio Z"
inline void report(const QString &name, const QString &oursWhat, double oursMs,
                   const QString &baselineWhat, double baselineMs)
{
    const double ratio = baselineMs > 0 ? oursMs / baselineMs : 0;
    std::printf("%s: ours %s ms (%s), baseline %s ms (%s), ratio %s\n", qPrintable(name),
                qPrintable(formatMs(oursMs)), qPrintable(oursWhat),
                qPrintable(formatMs(baselineMs)), qPrintable(baselineWhat),
                qPrintable(QString::number(ratio, 'f', ratio < 100 ? 2 : 0)));
    std::fflush(stdout);
}

// "30k" for 30000, "1500" for 1500.
inline QString countLabel(qsizetype count)
{
    if (count >= 1000 && count % 1000 == 0)
        return QString::number(count / 1000) + u'k';
    return QString::number(count);
}

} // namespace Coalition::Bench
