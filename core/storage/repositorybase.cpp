// SPDX-License-Identifier: GPL-3.0-or-later
#include "repositorybase.h"

#include <QDateTime>

namespace Coalition {

Error RepositoryBase::notFound(const QString &what, Id id)
{
    return Error{tr("There is no %1 with number %2.").arg(what).arg(id), {}, {}};
}

QDateTime RepositoryBase::now()
{
    // Millisecond precision is what the file stores; keep the value identical
    // to what a later read returns.
    const QDateTime t = QDateTime::currentDateTimeUtc();
    return QDateTime::fromMSecsSinceEpoch(t.toMSecsSinceEpoch(), Qt::UTC);
}

} // namespace Coalition
