// SPDX-License-Identifier: GPL-3.0-or-later
#include "benchdata.h"

#include "io/csv.h"
#include "io/csvimport.h"

#include <QSet>

#include <array>
#include <random>

using namespace Qt::StringLiterals;

namespace Coalition::Bench {

QList<Organization> generate(int count)
{
    const std::array places{
        u"Riverside",  u"Northgate", u"Eastfield",  u"Maple Hill", u"Lakeshore",    u"Westbrook",
        u"Oak Valley", u"Harbor",    u"Southside",  u"Cedar Park", u"Brookdale",    u"Pine Ridge",
        u"Fairview",   u"Highland",  u"Greenwood",  u"Millbrook",  u"Stonebridge",  u"Willow Creek",
        u"São Bento",  u"Ashford",   u"Zürichberg", u"Elm Street", u"Union Square", u"Bayview"};
    const std::array focuses{u"Youth",          u"Senior",   u"Housing",      u"Food",
                             u"Health",         u"Literacy", u"Arts",         u"Environmental",
                             u"Immigrant",      u"Veterans", u"Family",       u"Women's",
                             u"Tenants'",       u"Recovery", u"Disability",   u"Workforce",
                             u"Small Business", u"Parents'", u"Neighborhood", u"Clean Water"};
    const std::array kinds{u"Association",  u"Center",      u"Department", u"Academy", u"Clinic",
                           u"Congregation", u"Cooperative", u"Fund",       u"Circle",  u"Forum"};
    const std::array verbs{u"Supports", u"Organizes", u"Advocates for", u"Trains",
                           u"Feeds",    u"Houses",    u"Connects",      u"Represents"};
    const std::array groups{
        u"families", u"young people", u"older residents", u"newcomers",
        u"tenants",  u"workers",      u"small farmers",   u"people with disabilities"};
    const std::array means{u"peer mentoring",        u"legal clinics",   u"community meals",
                           u"door-to-door outreach", u"evening classes", u"a mobile van"};
    const std::array decisions{u"Board vote", u"Consensus of members",
                               u"Director decides after consultation",
                               u"Majority of the steering committee", u""};
    const std::array tagPool{u"health",      u"youth",       u"housing",     u"food",
                             u"education",   u"environment", u"faith-based", u"advocacy",
                             u"volunteers",  u"funding",     u"rural",       u"urban",
                             u"immigration", u"seniors"};
    const std::array notes{u"",
                           u"",
                           u"",
                           u"Met at the spring fair",
                           u"Prefers e-mail, not calls",
                           u"Shares office space, rent waived",
                           u"Asked about \"joint grant\""};
    const auto sectors = enumEntries<Sector>();

    std::mt19937 random(20240601);
    const auto pick = [&random](const auto &list) {
        return QString::fromUtf16(list[random() % list.size()]);
    };
    QList<Organization> result;
    result.reserve(count);
    QSet<QString> used;
    for (int i = 0; i < count; ++i) {
        Organization o;
        o.sector = sectors[size_t(i) % sectors.size()].value;
        QString name = pick(places) + u' ' + pick(focuses) + u' ' + pick(kinds);
        if (used.contains(name))
            name += u' ' + QString::number(i);
        used.insert(name);
        o.name = name;
        o.mission = pick(verbs) + u' ' + pick(groups) + u" in " + pick(places) + u" through "
            + pick(means) + u'.';
        o.decisionMaking = pick(decisions);
        o.address = QString::number(1 + random() % 999) + u' ' + pick(places) + u" Road, Apt "
            + QString::number(random() % 40);
        QString slug = name.toLower();
        for (QChar &c : slug) {
            if (!c.isLetterOrNumber() || c.unicode() > 127)
                c = u'-';
        }
        o.website = random() % 5 ? u"https://www."_s + slug + u".example.org"_s : QString();
        o.email = u"info@"_s + slug + u".example.org"_s;
        o.phone = random() % 2 ? u"+1 555 "_s + QString::number(1000 + random() % 9000)
                               : u"(555) "_s + QString::number(1000 + random() % 9000);
        o.notes = pick(notes);
        const int tagCount = int(random() % 4);
        for (int t = 0; t < tagCount; ++t)
            o.tags.append(pick(tagPool));
        result.append(o);
    }
    return result;
}

QByteArray toCsv(const QList<Organization> &organizations)
{
    QByteArray csv;
    CsvWriter::writeRecord(&csv, CsvImporter::columns(CsvKind::Organizations));
    for (const Organization &o : organizations)
        CsvWriter::writeRecord(&csv,
                               {o.name, enumKey(o.sector), o.mission, o.decisionMaking, o.address,
                                o.website, o.email, o.phone, o.notes, o.tags.join(u';')});
    return csv;
}

} // namespace Coalition::Bench
