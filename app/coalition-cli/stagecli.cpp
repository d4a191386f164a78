// SPDX-License-Identifier: GPL-3.0-or-later
#include "stagecli.h"

using namespace Qt::StringLiterals;

namespace Coalition::Cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Coalition::Cli", text);
}

} // namespace

QString statusMark(CriterionStatus status)
{
    switch (status) {
    case CriterionStatus::Met:
        return u"[x]"_s;
    case CriterionStatus::NotMet:
        return u"[ ]"_s;
    case CriterionStatus::Unanswered:
        return u"[?]"_s;
    }
    return u"[ ]"_s;
}

QString answerMark(ChecklistValue value)
{
    switch (value) {
    case ChecklistValue::Yes:
        return statusMark(CriterionStatus::Met);
    case ChecklistValue::No:
        return statusMark(CriterionStatus::NotMet);
    case ChecklistValue::Unanswered:
        break;
    }
    return statusMark(CriterionStatus::Unanswered);
}

Result<QHash<Id, QString>> organizationNames(Workspace &workspace)
{
    auto names = workspace.organizations().names();
    if (!names)
        return names.error();
    QHash<Id, QString> byId;
    for (const OrganizationName &name : *names)
        byId.insert(name.id, name.name);
    return byId;
}

QString levelAndTrust(RelationshipLevel level, TrustLevel trust)
{
    return tr("%1, %2 trust").arg(enumLabel(level).toLower(), enumLabel(trust).toLower());
}

QString organizationName(const QHash<Id, QString> &names, Id id)
{
    return names.value(id, tr("organization %1").arg(id));
}

std::optional<std::pair<Id, Id>>
organizationPair(Context &context, const QCommandLineParser &parser, const QString &usageMessage)
{
    const QStringList references = parser.positionalArguments();
    if (references.size() != 2) {
        context.usage(usageMessage);
        return std::nullopt;
    }
    Workspace *workspace = context.workspace();
    if (!workspace)
        return std::nullopt;
    auto first = resolveOrganization(*workspace, references.at(0));
    if (!first) {
        context.fail(first.error());
        return std::nullopt;
    }
    auto second = resolveOrganization(*workspace, references.at(1));
    if (!second) {
        context.fail(second.error());
        return std::nullopt;
    }
    if (*first == *second) {
        context.usage(tr("“%1” and “%2” are the same organization; a relationship needs two.")
                          .arg(references.at(0), references.at(1)));
        return std::nullopt;
    }
    return std::pair{*first, *second};
}

void printIndented(Context &context, const QString &text, const QString &indent)
{
    for (const QString &line : text.split(u'\n'))
        context.out() << indent << line << u'\n';
}

} // namespace Coalition::Cli
