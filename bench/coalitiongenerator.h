// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The generator behind generateCoalition(), shared by the files that fill
// its parts; private to the benchmarks.

#include "largecoalition.h"

#include <QHash>

#include <algorithm>
#include <array>
#include <random>

namespace Coalition::Bench {

class Random final
{
public:
    explicit Random(unsigned seed)
        : m_engine(seed)
    { }
    int below(int n) { return n <= 0 ? 0 : int(m_engine() % unsigned(n)); }
    bool percent(int p) { return below(100) < p; }
    template<typename List>
    QString pick(const List &list)
    {
        return QString::fromUtf16(list[size_t(below(int(list.size())))]);
    }
    // `count` different entries of `from`, in the order they are in there.
    QList<Id> sample(const QList<Id> &from, int count)
    {
        QList<qsizetype> positions(from.size());
        for (qsizetype i = 0; i < positions.size(); ++i)
            positions[i] = i;
        count = std::min<int>(count, int(from.size()));
        for (int i = 0; i < count; ++i)
            std::swap(positions[i], positions[i + below(int(positions.size()) - i)]);
        positions.resize(count);
        std::sort(positions.begin(), positions.end());
        QList<Id> result;
        for (const qsizetype at : positions)
            result.append(from.at(at));
        return result;
    }
    std::mt19937 &engine() { return m_engine; }

private:
    std::mt19937 m_engine;
};

inline const std::array Topics{u"affordable housing", u"tenant protection", u"food access",
                               u"youth employment",   u"clean water",       u"public transit",
                               u"health outreach",    u"adult literacy",    u"safe streets",
                               u"newcomer welcome",   u"senior care",       u"green spaces"};

// Fills a LargeCoalition part by part; each part may use the ones before.
class CoalitionGenerator final
{
public:
    CoalitionGenerator(const CoalitionSize &size, const QDate &today);
    LargeCoalition run();

private:
    QDate dayAfterStart(qint64 days) const { return m_start.addDays(days); }
    Id representative(Id membershipId) const { return m_representative.value(membershipId); }

    // largecoalition.cpp: the registry and the governance records
    void people();
    void coalition();
    void memberships();
    void bodies();
    void meetings();
    void decisions();
    void rules();
    // largecoalitionaction.cpp: goals to outcomes, the stage records, the network
    void goals();
    void groups();
    void plans();
    void tasks();
    void reports();
    void outcomes();
    void stage();
    void network();

    CoalitionSize m_size;
    QDate m_today;
    QDate m_start;
    Random m_random;
    LargeCoalition m_out;
    QHash<Id, Id> m_representative; // membership -> its representative
    QList<Id> m_active; // active memberships
    QList<Id> m_activeVoting;
    QList<int> m_held; // indexes of the meetings held before today
};

} // namespace Coalition::Bench
