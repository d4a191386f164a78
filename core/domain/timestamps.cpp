// SPDX-License-Identifier: GPL-3.0-or-later
#include "timestamps.h"

#include <limits>

using namespace Qt::StringLiterals;

namespace Coalition {

QString formatTimestamp(const QDateTime &timestamp)
{
    if (!timestamp.isValid())
        return {};
    // A record's times are written several times over (columns, its JSON,
    // the audit entry): remember the last one.
    thread_local qint64 lastMsecs = std::numeric_limits<qint64>::min();
    thread_local QString lastText;
    const qint64 msecs = timestamp.toMSecsSinceEpoch();
    if (msecs == lastMsecs)
        return lastText;
    // Written by hand: QDateTime::toString goes through the locale and
    // calendar machinery, which cost more than the rest of a bulk insert row.
    const QDateTime utc = timestamp.toUTC();
    const QDate date = utc.date();
    const QTime time = utc.time();
    if (date.year() < 0 || date.year() > 9999)
        return utc.toString(u"yyyy-MM-ddTHH:mm:ss.zzzZ"_s);
    char16_t text[] = u"0000-00-00T00:00:00.000Z";
    const auto put = [&text](int at, int width, int value) {
        for (int i = at + width - 1; i >= at; --i, value /= 10)
            text[i] = static_cast<char16_t>(u'0' + value % 10);
    };
    put(0, 4, date.year());
    put(5, 2, date.month());
    put(8, 2, date.day());
    put(11, 2, time.hour());
    put(14, 2, time.minute());
    put(17, 2, time.second());
    put(20, 3, time.msec());
    lastText = QString::fromUtf16(text, 24);
    lastMsecs = msecs;
    return lastText;
}

} // namespace Coalition
