// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialogs/interestsdialog.h"

#include "widgets/linelisteditor.h"

#include <QLabel>

using namespace Qt::StringLiterals;

namespace Coalition::Ui {

namespace {

QStringList textsOf(const QList<Interest> &interests, InterestKind kind)
{
    QStringList texts;
    for (const Interest &interest : interests) {
        if (interest.kind == kind)
            texts.append(interest.text);
    }
    return texts;
}

const QString ConflictingField = u"conflicting-interests"_s;

} // namespace

InterestsDialog::InterestsDialog(const Membership &membership, const QString &organizationName,
                                 QWidget *parent)
    : RecordDialog(parent)
    , m_membership(membership)
    , m_shared(new LineListEditor(tr("&Add Shared"), tr("Remo&ve"), this))
    , m_conflicting(new LineListEditor(tr("A&dd Conflicting"), tr("R&emove"), this))
{
    setWindowTitle(tr("Interests of %1").arg(organizationName));
    auto *intro = new QLabel(tr("Shared interests are why %1 takes part; conflicting ones are "
                                "where the coalition's work may cut across its own. Both are "
                                "worth knowing before a decision.")
                                 .arg(organizationName.toHtmlEscaped()),
                             this);
    intro->setWordWrap(true);
    addRow(intro);
    m_shared->setLines(textsOf(membership.interests, InterestKind::Shared));
    m_conflicting->setLines(textsOf(membership.interests, InterestKind::Conflicting));
    addField(u"interests"_s, tr("&Shared with the coalition:"), m_shared);
    addField(ConflictingField, tr("In &conflict with it:"), m_conflicting);
    for (LineListEditor *editor : {m_shared, m_conflicting})
        connect(editor, &LineListEditor::changed, this, &RecordDialog::revalidate);
    resize(560, 420);
    finishForm();
}

Membership InterestsDialog::membership() const
{
    Membership m = m_membership;
    m.interests.clear();
    for (const QString &line : m_shared->lines())
        m.interests.append({InterestKind::Shared, line.trimmed()});
    for (const QString &line : m_conflicting->lines())
        m.interests.append({InterestKind::Conflicting, line.trimmed()});
    return m;
}

Problems InterestsDialog::problems() const
{
    // The core checks the interests as one list; each list is checked on its
    // own here so that the message lands under the list it is about.
    Membership shared = membership();
    Membership conflicting = shared;
    shared.interests.removeIf([](const Interest &i) { return i.kind != InterestKind::Shared; });
    conflicting.interests.removeIf(
        [](const Interest &i) { return i.kind != InterestKind::Conflicting; });
    Problems found = Validation::check(shared);
    for (FieldProblem problem : Validation::check(conflicting)) {
        if (problem.field != u"interests"_s)
            continue;
        problem.field = ConflictingField;
        found.append(problem);
    }
    return found;
}

} // namespace Coalition::Ui
