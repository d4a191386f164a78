// SPDX-License-Identifier: GPL-3.0-or-later
// The assessment itself: the stages in order, the suggestion rule, what is
// missing for the next stage, the reasons and the warnings; and the lookups
// the criteria of every stage share (stagecriteria.h).
#include "stageassessment.h"

#include "stagecriteria.h"

#include "domain/enums.h"

#include <algorithm>
#include <array>

using namespace Qt::StringLiterals;

namespace Coalition {

namespace {

struct ChecklistEntry
{
    const char *id;
    DevelopmentStage stage;
    const char *label;
    const char *help;
};

// The seven start-up questions decide whether a coalition is worth forming;
// the last two are the outcomes of a coalition that has taken root, which
// no record can show.
constexpr std::array ChecklistEntries{
    ChecklistEntry{
        "complex-issue", DevelopmentStage::PreFormation,
        QT_TRANSLATE_NOOP("Coalition::StageEngine",
                          "Is the issue complex enough to need knowledge and skills from several "
                          "sectors?"),
        QT_TRANSLATE_NOOP("Coalition::StageEngine",
                          "Yes when no single organization or sector holds all the information "
                          "and expertise the work calls for.")},
    ChecklistEntry{
        "service-gap", DevelopmentStage::PreFormation,
        QT_TRANSLATE_NOOP("Coalition::StageEngine",
                          "Is there a gap in services or programmes that no existing "
                          "organization is clearly charged with filling?"),
        QT_TRANSLATE_NOOP("Coalition::StageEngine",
                          "Yes when the work falls between existing mandates, so that nobody "
                          "would take it on alone.")},
    ChecklistEntry{
        "shared-priority", DevelopmentStage::PreFormation,
        QT_TRANSLATE_NOOP("Coalition::StageEngine",
                          "Do other organizations also treat this issue as a priority?"),
        QT_TRANSLATE_NOOP("Coalition::StageEngine",
                          "Yes when possible partners have said, or shown in their own work, "
                          "that the issue matters to them.")},
    ChecklistEntry{
        "willing-partners", DevelopmentStage::PreFormation,
        QT_TRANSLATE_NOOP("Coalition::StageEngine",
                          "Are other organizations willing to work on it together?"),
        QT_TRANSLATE_NOOP("Coalition::StageEngine",
                          "Yes when some of them have agreed to take part, not only voiced "
                          "sympathy.")},
    ChecklistEntry{
        "joint-ownership", DevelopmentStage::PreFormation,
        QT_TRANSLATE_NOOP("Coalition::StageEngine",
                          "Is the issue best handled by several organizations owning it and "
                          "answering for it together?"),
        QT_TRANSLATE_NOOP("Coalition::StageEngine",
                          "Yes when shared ownership and responsibility would achieve more than "
                          "one organization acting alone.")},
    ChecklistEntry{
        "shared-resources", DevelopmentStage::PreFormation,
        QT_TRANSLATE_NOOP("Coalition::StageEngine",
                          "Are there resources the partners can pool, or raise together, for the "
                          "work?"),
        QT_TRANSLATE_NOOP("Coalition::StageEngine",
                          "Yes when staff time, money, space, skills or contacts can be shared or "
                          "obtained jointly.")},
    ChecklistEntry{
        "real-commitment", DevelopmentStage::PreFormation,
        QT_TRANSLATE_NOOP("Coalition::StageEngine",
                          "Are the partners committed to getting results together, whatever "
                          "funders expect?"),
        QT_TRANSLATE_NOOP("Coalition::StageEngine",
                          "Yes when the will to work together would hold even if no funder asked "
                          "for collaboration.")},
    ChecklistEntry{
        "skills-grown", DevelopmentStage::Institutionalization,
        QT_TRANSLATE_NOOP("Coalition::StageEngine",
                          "Has the members' technical capacity grown through the coalition's "
                          "work?"),
        QT_TRANSLATE_NOOP("Coalition::StageEngine",
                          "Yes when members can name skills, knowledge or methods they gained in "
                          "the coalition and now use in their own work.")},
    ChecklistEntry{
        "community-decisions", DevelopmentStage::Institutionalization,
        QT_TRANSLATE_NOOP("Coalition::StageEngine",
                          "Do community members now take better-informed decisions about their "
                          "community?"),
        QT_TRANSLATE_NOOP("Coalition::StageEngine",
                          "Yes when residents are better informed about, and more involved in, "
                          "the choices that shape where they live.")},
};

ChecklistItem itemOf(const ChecklistEntry &entry)
{
    return {QString::fromLatin1(entry.id), entry.stage, StageEngine::tr(entry.label),
            StageEngine::tr(entry.help)};
}

} // namespace

QList<ChecklistItem> StageEngine::checklistItems()
{
    QList<ChecklistItem> items;
    for (const ChecklistEntry &entry : ChecklistEntries)
        items.append(itemOf(entry));
    return items;
}

std::optional<ChecklistItem> StageEngine::checklistItem(const QString &id)
{
    for (const ChecklistEntry &entry : ChecklistEntries) {
        if (id == QLatin1String(entry.id))
            return itemOf(entry);
    }
    return std::nullopt;
}

namespace StageCriteria {

Context::Context(const StageSnapshot &source)
    : snapshot(source)
    // A snapshot always carries its day; the fallback only keeps a careless
    // caller from comparing every date with an invalid one.
    , today(source.today.isValid() ? source.today : QDate::currentDate())
{
    for (const Membership &membership : source.memberships) {
        m_memberships.insert(membership.id, &membership);
        if (membership.status == MembershipStatus::Active)
            active.append(&membership);
    }
    for (const Body &body : source.bodies)
        m_bodies.insert(body.id, &body);
}

QString Context::organizationName(Id organizationId) const
{
    const QString name = snapshot.organizationNames.value(organizationId);
    return name.isEmpty() ? StageEngine::tr("Organization %1").arg(organizationId) : name;
}

QString Context::memberName(const Membership &membership) const
{
    return organizationName(membership.organizationId);
}

QString Context::membershipName(Id membershipId) const
{
    const Membership *found = membership(membershipId);
    return found ? memberName(*found) : StageEngine::tr("Membership %1").arg(membershipId);
}

QString Context::personName(Id personId) const
{
    const QString name = snapshot.personNames.value(personId);
    return name.isEmpty() ? StageEngine::tr("Person %1").arg(personId) : name;
}

const Membership *Context::membership(Id membershipId) const
{
    return m_memberships.value(membershipId);
}

const Body *Context::body(Id bodyId) const
{
    return m_bodies.value(bodyId);
}

QList<const Body *> Context::bodiesOfKind(BodyKind kind) const
{
    QList<const Body *> found;
    for (const Body &body : snapshot.bodies) {
        if (body.kind == kind)
            found.append(&body);
    }
    return found;
}

std::optional<Id> Context::organizationOf(Id personId) const
{
    for (const Membership &membership : snapshot.memberships) {
        if (membership.representativeId == personId || membership.alternateId == personId)
            return membership.organizationId;
    }
    return std::nullopt;
}

bool Context::withinMonths(const QDate &date, int months) const
{
    return date.isValid() && date >= today.addMonths(-months) && date <= today;
}

bool Context::isHeld(const Meeting &meeting) const
{
    return body(meeting.bodyId) && meeting.startsAt.isValid() && meeting.startsAt.date() <= today;
}

QString isoDate(const QDate &date)
{
    return date.toString(Qt::ISODate);
}

QString quoted(const QString &text)
{
    return u"“"_s + text + u"”"_s;
}

QString nameList(const QStringList &names)
{
    return names.join(u", "_s);
}

// Long texts are quoted in part: the evidence is one sentence.
QString excerpt(const QString &text)
{
    constexpr qsizetype limit = 120;
    const QString simplified = text.simplified();
    if (simplified.size() <= limit)
        return quoted(simplified);
    // Cut at a word boundary when there is one in the second half.
    qsizetype cut = simplified.lastIndexOf(u' ', limit - 1);
    if (cut < limit / 2)
        cut = limit - 1;
    return quoted(simplified.left(cut).trimmed() + u"…"_s);
}

// A body's name, with its kind when the name does not already say it.
QString bodyTitle(const Body &body)
{
    const QString kind = enumLabel(body.kind);
    if (body.name.compare(kind, Qt::CaseInsensitive) == 0)
        return body.name;
    return StageEngine::tr("%1 (%2)").arg(body.name, kind.toLower());
}

QString number(qsizetype n)
{
    return QString::number(n);
}

CriterionResult computed(const QString &id, const QString &label, bool met, const QString &evidence,
                         const QList<RecordKey> &records)
{
    CriterionResult result;
    result.id = id;
    result.label = label;
    result.status = met ? CriterionStatus::Met : CriterionStatus::NotMet;
    result.evidence = evidence;
    result.records = records;
    return result;
}

CriterionResult answered(const Context &context, const ChecklistItem &item)
{
    CriterionResult result;
    result.id = item.id;
    result.label = item.label;
    result.checklist = true;
    result.status = CriterionStatus::Unanswered;
    const ChecklistAnswer *answer = nullptr;
    for (const ChecklistAnswer &each : context.snapshot.checklist) {
        if (each.item == item.id)
            answer = &each;
    }
    if (!answer) {
        result.evidence = StageEngine::tr("Not answered yet.");
        return result;
    }
    if (answer->id != 0)
        result.records.append({RecordKind::ChecklistAnswer, answer->id});
    const bool dated = answer->answeredOn.isValid();
    const QString on = isoDate(answer->answeredOn);
    switch (answer->value) {
    case ChecklistValue::Yes:
        result.status = CriterionStatus::Met;
        result.evidence = dated ? StageEngine::tr("Answered yes on %1.").arg(on)
                                : StageEngine::tr("Answered yes.");
        break;
    case ChecklistValue::No:
        result.status = CriterionStatus::NotMet;
        result.evidence = dated ? StageEngine::tr("Answered no on %1.").arg(on)
                                : StageEngine::tr("Answered no.");
        break;
    case ChecklistValue::Unanswered:
        result.evidence = StageEngine::tr("Not answered yet.");
        break;
    }
    if (!answer->note.trimmed().isEmpty())
        result.evidence += u' ' + StageEngine::tr("Note: %1").arg(answer->note.trimmed());
    return result;
}

QList<CriterionResult> checklistOf(const Context &context, DevelopmentStage stage)
{
    QList<CriterionResult> results;
    for (const ChecklistItem &item : StageEngine::checklistItems()) {
        if (item.stage == stage)
            results.append(answered(context, item));
    }
    return results;
}

} // namespace StageCriteria

namespace {

using StageCriteria::Context;

// The fewest met criteria that make a stage substantially met.
int neededFor(int total)
{
    return (total * 3 + 3) / 4;
}

QString stageLine(const StageResult &stage)
{
    return StageEngine::tr("%1: %2 of %3 criteria met (at least %4 needed)")
        .arg(enumLabel(stage.stage), QString::number(stage.met), QString::number(stage.total),
             QString::number(neededFor(stage.total)));
}

QStringList reasonsFor(const QList<StageResult> &stages, DevelopmentStage suggested)
{
    QStringList reasons;
    for (const StageResult &stage : stages) {
        if (stage.stage < suggested) {
            reasons.append(StageEngine::tr("%1: substantially met.").arg(stageLine(stage)));
            continue;
        }
        reasons.append(stage.substantiallyMet
                           ? StageEngine::tr("%1: substantially met; this is the last stage, and "
                                             "the stage the evidence supports.")
                                 .arg(stageLine(stage))
                           : StageEngine::tr("%1: not yet substantially met, so this is the "
                                             "stage the evidence supports.")
                                 .arg(stageLine(stage)));
        break;
    }
    return reasons;
}

QString recordedName(const StageChange &change)
{
    return change.on.isValid()
        ? StageEngine::tr("%1 (since %2)")
              .arg(enumLabel(change.stage), StageCriteria::isoDate(change.on))
        : enumLabel(change.stage);
}

// What the stages between the evidence and the recorded stage still lack.
QString shortfall(const QList<StageResult> &stages, DevelopmentStage from, DevelopmentStage to)
{
    QStringList sentences;
    for (const StageResult &stage : stages) {
        if (stage.stage < from || stage.stage >= to)
            continue;
        QStringList unmet;
        for (const CriterionResult &criterion : stage.criteria) {
            if (criterion.status != CriterionStatus::Met)
                unmet.append(criterion.label);
        }
        sentences.append(StageEngine::tr("%1 has %2 of its %3 criteria met and needs %4; not "
                                         "met: %5.")
                             .arg(enumLabel(stage.stage), QString::number(stage.met),
                                  QString::number(stage.total),
                                  QString::number(neededFor(stage.total)), unmet.join(u"; "_s)));
    }
    return sentences.join(u' ');
}

} // namespace

QString criterionStatusKey(CriterionStatus status)
{
    switch (status) {
    case CriterionStatus::Met:
        return u"met"_s;
    case CriterionStatus::NotMet:
        return u"not_met"_s;
    case CriterionStatus::Unanswered:
        return u"unanswered"_s;
    }
    return {};
}

bool StageEngine::isSubstantiallyMet(int met, int total)
{
    return total > 0 && met * 4 >= total * 3;
}

StageAssessment StageEngine::assess(const StageSnapshot &snapshot)
{
    const Context context(snapshot);
    using Criteria = QList<CriterionResult> (*)(const Context &);
    const std::array<std::pair<DevelopmentStage, Criteria>, 5> builders{{
        {DevelopmentStage::PreFormation, &StageCriteria::preFormation},
        {DevelopmentStage::Formation, &StageCriteria::formation},
        {DevelopmentStage::Implementation, &StageCriteria::implementation},
        {DevelopmentStage::Maintenance, &StageCriteria::maintenance},
        {DevelopmentStage::Institutionalization, &StageCriteria::institutionalization},
    }};

    StageAssessment assessment;
    for (const auto &[stage, criteria] : builders) {
        StageResult result;
        result.stage = stage;
        result.criteria = criteria(context);
        result.total = int(result.criteria.size());
        result.met = int(std::count_if(
            result.criteria.cbegin(), result.criteria.cend(),
            [](const CriterionResult &each) { return each.status == CriterionStatus::Met; }));
        result.substantiallyMet = isSubstantiallyMet(result.met, result.total);
        assessment.stages.append(result);
    }

    // The first stage that is not substantially met is where the coalition
    // is; a later stage met on paper does not count while an earlier one is
    // not.
    qsizetype current = 0;
    while (current + 1 < assessment.stages.size() && assessment.stages.at(current).substantiallyMet)
        ++current;
    const StageResult &suggested = assessment.stages.at(current);
    assessment.suggested = suggested.stage;
    for (const CriterionResult &criterion : suggested.criteria) {
        if (criterion.status != CriterionStatus::Met)
            assessment.missingForNext.append(criterion);
    }
    assessment.reasons = reasonsFor(assessment.stages, assessment.suggested);

    // The caller's order is not trusted: the latest entry is the one with the
    // latest date, and of one date the one recorded last.
    const auto latest = std::max_element(snapshot.history.cbegin(), snapshot.history.cend(),
                                         [](const StageChange &a, const StageChange &b) {
                                             return a.on != b.on ? a.on < b.on : a.id < b.id;
                                         });
    if (latest != snapshot.history.cend()) {
        assessment.recorded = latest->stage;
        assessment.recordedChange = *latest;
        const QString evidence = enumLabel(assessment.suggested);
        if (latest->stage > assessment.suggested) {
            assessment.warnings.append(
                tr("The recorded stage, %1, is ahead of what the evidence supports (%2): %3")
                    .arg(recordedName(*latest), evidence,
                         shortfall(assessment.stages, assessment.suggested, latest->stage)));
        } else if (latest->stage < assessment.suggested) {
            assessment.warnings.append(
                tr("Note: the recorded stage, %1, is behind what the evidence supports (%2). "
                   "Record the move when the coalition agrees it has moved on.")
                    .arg(recordedName(*latest), evidence));
        }
    }

    assessment.typeFit = typeFit(snapshot);
    return assessment;
}

} // namespace Coalition
