// SPDX-License-Identifier: GPL-3.0-or-later
#include "actionreferences.h"

#include "sqlquery.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace Coalition::ActionReferences {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Coalition::ActionReferences", text);
}

} // namespace

Result<QString> coalitionName(const QSqlDatabase &db, Id coalitionId, const QString &field)
{
    SqlQuery query(db, u"SELECT name FROM coalition WHERE id = ?"_s);
    if (Status status = query.execWith(coalitionId); !status)
        return status.error();
    if (!query.next())
        return Error{tr("There is no coalition with number %1.").arg(coalitionId), {}, field};
    return query.text(0);
}

Status membershipOf(const QSqlDatabase &db, Id membershipId, Id coalitionId,
                    const QString &coalitionName, const QString &field)
{
    SqlQuery query(db,
                   u"SELECT m.coalition_id, o.name FROM membership m "
                   "JOIN organization o ON o.id = m.organization_id WHERE m.id = ?"_s);
    if (Status status = query.execWith(membershipId); !status)
        return status;
    if (!query.next())
        return Error{tr("There is no membership with number %1.").arg(membershipId), {}, field};
    if (query.integer(0) != coalitionId)
        return Error{tr("%1 is not a member of %2, so it cannot take part in its action work.")
                         .arg(query.text(1), coalitionName),
                     {},
                     field};
    return {};
}

Status decisionOf(const QSqlDatabase &db, Id decisionId, Id coalitionId,
                  const QString &coalitionName, const QString &field)
{
    SqlQuery query(db,
                   u"SELECT d.title, b.coalition_id FROM decision d "
                   "JOIN meeting m ON m.id = d.meeting_id JOIN body b ON b.id = m.body_id "
                   "WHERE d.id = ?"_s);
    if (Status status = query.execWith(decisionId); !status)
        return status;
    if (!query.next())
        return Error{tr("There is no decision with number %1.").arg(decisionId), {}, field};
    if (query.integer(1) != coalitionId)
        return Error{tr("The decision “%1” was taken in another coalition; a record of %2 is "
                        "adopted by one of its own decisions.")
                         .arg(query.text(0), coalitionName),
                     {},
                     field};
    return {};
}

} // namespace Coalition::ActionReferences
