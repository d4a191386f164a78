// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialogs/proceduredialog.h"

#include "models/proceduredisplay.h"
#include "storage/workspace.h"
#include "widgets/enumchoices.h"
#include "widgets/escalationeditor.h"
#include "widgets/fractionedit.h"

#include <QBoxLayout>
#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QSpinBox>

using namespace Qt::StringLiterals;

namespace Coalition::Ui {

namespace {

// Data of the delegate choice: a body's id, or these.
constexpr qint64 NoDelegate = -1;
constexpr qint64 LeadDelegate = 0;

} // namespace

ProcedureDialog::ProcedureDialog(Workspace &workspace, const Context &context,
                                 const std::optional<DecisionProcedure> &existing, QWidget *parent)
    : RecordDialog(parent)
    , m_workspace(workspace)
    , m_context(context)
    , m_method(new QComboBox(this))
    , m_attempts(new QSpinBox(this))
    , m_fallback(new QComboBox(this))
    , m_threshold(new FractionEdit(this))
    , m_delegate(new QComboBox(this))
    , m_basis(new QComboBox(this))
    , m_quorumKind(new QComboBox(this))
    , m_quorumCount(new QSpinBox(this))
    , m_quorumFraction(new FractionEdit(this))
    , m_areas(new QWidget(this))
    , m_escalation(new EscalationEditor(this))
    , m_notice(new QSpinBox(this))
    , m_reopenDays(new QSpinBox(this))
    , m_reopenNeedsShare(new QCheckBox(tr("Needs at least"), this))
    , m_reopenShare(new FractionEdit(this))
    , m_reopenNewInformation(new QCheckBox(tr("Only with new information"), this))
    , m_notes(new QPlainTextEdit(this))
{
    if (existing) {
        m_original = *existing;
    } else {
        m_original.bodyId = context.body.id;
    }
    setWindowTitle(tr("Decision Procedure of %1").arg(context.body.name));

    QString intro = existing
        ? tr("How <b>%1</b> takes its decisions.").arg(context.body.name.toHtmlEscaped())
        : tr("<b>%1</b> has no decision procedure yet: until it has one, its decisions cannot be "
             "counted.")
              .arg(context.body.name.toHtmlEscaped());
    if (context.votingMembers >= 0)
        intro += u' '
            + (context.votingMembers == 1
                   ? tr("The explanations count its 1 voting member today.")
                   : tr("The explanations count its %1 voting members today.")
                         .arg(context.votingMembers));
    auto *introLabel = new QLabel(intro, this);
    introLabel->setObjectName(u"procedureIntro"_s);
    introLabel->setTextFormat(Qt::RichText);
    introLabel->setWordWrap(true);
    addRow(introLabel);

    fillEnumCombo<DecisionMethod>(m_method);
    m_attempts->setRange(0, 99);
    m_attempts->setToolTip(tr("How many attempts at consensus may fail before the body votes"));
    for (const DecisionMethod method : {DecisionMethod::Majority, DecisionMethod::Supermajority})
        m_fallback->addItem(enumLabel(method), static_cast<int>(method));
    m_delegate->addItem(tr("Choose who decides…"), NoDelegate);
    m_delegate->addItem(context.leadName.isEmpty()
                            ? tr("The lead organization (none recorded yet)")
                            : tr("The lead organization, %1").arg(context.leadName),
                        LeadDelegate);
    for (const Body &other : context.otherBodies)
        m_delegate->addItem(other.name, other.id);
    m_delegate->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_delegate->setMinimumContentsLength(24);
    fillEnumCombo<VoteBasis>(m_basis);
    m_notice->setRange(0, 365);
    m_notice->setSuffix(tr(" days"));
    m_notice->setSpecialValueText(tr("None"));
    m_notes->setTabChangesFocus(true);
    m_notes->setMaximumHeight(fontMetrics().lineSpacing() * 3);
    auto *areaGrid = new QGridLayout(m_areas);
    areaGrid->setContentsMargins(0, 0, 0, 0);
    areaGrid->setVerticalSpacing(2);
    for (const auto &entry : enumEntries<DecisionArea>()) {
        auto *check = new QCheckBox(enumLabel(entry.value), m_areas);
        check->setObjectName(u"area-"_s + QLatin1String(entry.key));
        check->setProperty("area", static_cast<int>(entry.value));
        const auto at = static_cast<int>(m_areaChecks.size());
        areaGrid->addWidget(check, at / 3, at % 3);
        m_areaChecks.append(check);
    }

    addExplained(u"method"_s, tr("&Method:"), m_method, Qt::Horizontal);
    addField(u"attempts"_s, tr("&Attempts:"), m_attempts);
    addField(u"fallback"_s, tr("&Then vote by:"), m_fallback);
    addExplained(u"threshold"_s, tr("T&hreshold:"), m_threshold, Qt::Horizontal);
    addField(u"delegate"_s, tr("&Delegate to:"), m_delegate);
    addExplained(u"basis"_s, tr("&Counted against:"), m_basis, Qt::Horizontal);
    addExplained(u"quorum"_s, tr("&Quorum:"), makeQuorumEditor(), Qt::Horizontal);
    addExplained(u"areas"_s, tr("Settles a&lone:"), m_areas, Qt::Vertical);
    addExplained(u"escalation"_s, tr("&Escalation:"), m_escalation, Qt::Horizontal);
    addExplained(u"notice"_s, tr("&Notice needed:"), m_notice, Qt::Horizontal);
    addExplained(u"reopening"_s, tr("&Reopening:"), makeReopeningEditor(), Qt::Vertical);
    addField(u"notes"_s, tr("N&otes:"), m_notes);
    m_inputs.insert(u"attempts"_s, m_attempts);
    m_inputs.insert(u"fallback"_s, m_fallback);
    m_inputs.insert(u"delegate"_s, m_delegate);
    m_inputs.insert(u"notes"_s, m_notes);
    if (context.body.kind == BodyKind::FullMembership)
        m_areas->setEnabled(false);

    fill(m_original);

    // The explanations follow every change before the form is checked again.
    for (QComboBox *combo : {m_method, m_fallback, m_delegate, m_basis, m_quorumKind})
        connect(combo, &QComboBox::currentIndexChanged, this, &ProcedureDialog::updateOptions);
    for (QSpinBox *spin : {m_attempts, m_quorumCount, m_notice, m_reopenDays})
        connect(spin, &QSpinBox::valueChanged, this, &ProcedureDialog::updateOptions);
    for (QCheckBox *check : {m_reopenNeedsShare, m_reopenNewInformation})
        connect(check, &QCheckBox::toggled, this, &ProcedureDialog::updateOptions);
    for (QWidget *input : std::initializer_list<QWidget *>{
             m_method, m_attempts, m_fallback, m_delegate, m_basis, m_quorumKind, m_quorumCount,
             m_notice, m_reopenDays, m_reopenNeedsShare, m_reopenNewInformation, m_notes})
        watch(input);
    const auto changed = [this] {
        updateOptions();
        revalidate();
    };
    for (FractionEdit *fraction : {m_threshold, m_quorumFraction, m_reopenShare})
        connect(fraction, &FractionEdit::changed, this, changed);
    for (QCheckBox *check : std::as_const(m_areaChecks))
        connect(check, &QCheckBox::toggled, this, changed);
    connect(m_escalation, &EscalationEditor::changed, this, changed);
    // Consensus-then-vote needs at least one attempt; offer the usual two.
    connect(m_method, &QComboBox::currentIndexChanged, this, [this] {
        if (comboEnum<DecisionMethod>(m_method) == DecisionMethod::ConsensusThenVote
            && m_attempts->value() == 0)
            m_attempts->setValue(2);
    });
    setMinimumWidth(760);
    updateOptions();
    finishForm();
}

QLabel *ProcedureDialog::addExplained(const QString &field, const QString &label, QWidget *input,
                                      Qt::Orientation placement)
{
    // The input with its explanation beside it (or under a wide input); the
    // input keeps the field's name, as in every form.
    auto *row = new QWidget(this);
    QBoxLayout *layout = placement == Qt::Horizontal
        ? static_cast<QBoxLayout *>(new QHBoxLayout(row))
        : static_cast<QBoxLayout *>(new QVBoxLayout(row));
    layout->setContentsMargins(0, 0, 0, 0);
    auto *explanation = new QLabel(row);
    explanation->setObjectName(field + u"-explanation"_s);
    explanation->setWordWrap(true);
    explanation->setTextFormat(Qt::PlainText);
    explanation->setForegroundRole(QPalette::PlaceholderText);
    explanation->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    if (placement == Qt::Horizontal) {
        layout->addWidget(input, 0, Qt::AlignTop);
        layout->addWidget(explanation, 1);
    } else {
        layout->addWidget(input);
        layout->addWidget(explanation);
    }
    row->setFocusProxy(input);
    row->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    addField(field, label, row);
    row->setObjectName(field + u"-row"_s);
    input->setObjectName(field);
    input->setAccessibleName(QString(label).remove(u'&'));
    m_explanations.insert(field, explanation);
    m_inputs.insert(field, row);
    return explanation;
}

QWidget *ProcedureDialog::makeQuorumEditor()
{
    auto *editor = new QWidget(this);
    m_quorumKind->setObjectName(u"quorum-kind"_s);
    m_quorumKind->setAccessibleName(tr("Kind of quorum"));
    fillEnumCombo<QuorumKind>(m_quorumKind);
    m_quorumCount->setObjectName(u"quorum-count"_s);
    m_quorumCount->setAccessibleName(tr("Members needed"));
    m_quorumCount->setRange(0, 9999);
    m_quorumCount->setSuffix(tr(" present"));
    m_quorumFraction->setObjectName(u"quorum-fraction"_s);
    m_quorumFraction->setAccessibleName(tr("Share of voting members needed"));
    auto *layout = new QHBoxLayout(editor);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_quorumKind);
    layout->addWidget(m_quorumCount);
    layout->addWidget(m_quorumFraction);
    layout->addStretch(1);
    editor->setFocusProxy(m_quorumKind);
    return editor;
}

QWidget *ProcedureDialog::makeReopeningEditor()
{
    auto *editor = new QWidget(this);
    m_reopenDays->setObjectName(u"reopen-days"_s);
    m_reopenDays->setAccessibleName(tr("Days before a decision may be reopened"));
    m_reopenDays->setRange(0, 3650);
    m_reopenDays->setPrefix(tr("after "));
    m_reopenDays->setSuffix(tr(" days"));
    m_reopenDays->setSpecialValueText(tr("at any time"));
    m_reopenNeedsShare->setObjectName(u"reopen-needs-share"_s);
    m_reopenNeedsShare->setToolTip(
        tr("Without it, a majority of the votes cast is enough to reopen a decision"));
    m_reopenShare->setObjectName(u"reopen-share"_s);
    m_reopenShare->setAccessibleName(tr("Share of votes cast needed to reopen"));
    m_reopenNewInformation->setObjectName(u"reopen-new-information"_s);
    auto *layout = new QGridLayout(editor);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_reopenDays, 0, 0);
    layout->addWidget(m_reopenNewInformation, 0, 1, 1, 2);
    layout->addWidget(m_reopenNeedsShare, 1, 0);
    layout->addWidget(m_reopenShare, 1, 1);
    layout->setColumnStretch(2, 1);
    connect(m_reopenNeedsShare, &QCheckBox::toggled, m_reopenShare, &QWidget::setEnabled);
    editor->setFocusProxy(m_reopenDays);
    return editor;
}

void ProcedureDialog::fill(const DecisionProcedure &p)
{
    setComboEnum(m_method, p.method);
    m_attempts->setValue(p.consensusAttempts);
    m_fallback->setCurrentIndex(
        std::max(0, m_fallback->findData(static_cast<int>(p.fallbackMethod))));
    m_threshold->setFraction(p.threshold);
    const qint64 delegate = p.delegateBodyId ? *p.delegateBodyId
        : p.delegateToLead                   ? LeadDelegate
                                             : NoDelegate;
    m_delegate->setCurrentIndex(std::max(0, m_delegate->findData(delegate)));
    setComboEnum(m_basis, p.basis);
    setComboEnum(m_quorumKind, p.quorum.kind);
    m_quorumCount->setValue(p.quorum.count);
    m_quorumFraction->setFraction(p.quorum.fraction);
    for (QCheckBox *check : std::as_const(m_areaChecks))
        check->setChecked(
            p.areas.contains(static_cast<DecisionArea>(check->property("area").toInt())));
    m_escalation->setSteps(p.escalation);
    m_notice->setValue(p.noticeDays);
    m_reopenDays->setValue(p.reopening.minimumDays);
    m_reopenNeedsShare->setChecked(p.reopening.threshold.has_value());
    m_reopenShare->setFraction(p.reopening.threshold.value_or(Fraction{2, 3}));
    m_reopenShare->setEnabled(p.reopening.threshold.has_value());
    m_reopenNewInformation->setChecked(p.reopening.newInformationRequired);
    m_notes->setPlainText(p.notes);
}

DecisionProcedure ProcedureDialog::procedure() const
{
    DecisionProcedure p = m_original;
    p.bodyId = m_context.body.id;
    p.method = comboEnum<DecisionMethod>(m_method);
    p.consensusAttempts = m_attempts->value();
    p.fallbackMethod = comboEnum<DecisionMethod>(m_fallback);
    p.threshold = m_threshold->fraction();
    p.delegateBodyId.reset();
    p.delegateToLead = false;
    if (p.method == DecisionMethod::Delegated) {
        const qint64 delegate = m_delegate->currentData().toLongLong();
        if (delegate > 0)
            p.delegateBodyId = delegate;
        p.delegateToLead = delegate == LeadDelegate;
    }
    p.basis = comboEnum<VoteBasis>(m_basis);
    p.quorum.kind = comboEnum<QuorumKind>(m_quorumKind);
    p.quorum.count = m_quorumCount->value();
    p.quorum.fraction = m_quorumFraction->fraction();
    p.areas.clear();
    for (const QCheckBox *check : m_areaChecks) {
        if (check->isChecked())
            p.areas.append(static_cast<DecisionArea>(check->property("area").toInt()));
    }
    p.escalation = m_escalation->steps();
    p.noticeDays = m_notice->value();
    p.reopening.minimumDays = m_reopenDays->value();
    p.reopening.threshold = m_reopenNeedsShare->isChecked()
        ? std::optional<Fraction>(m_reopenShare->fraction())
        : std::nullopt;
    p.reopening.newInformationRequired = m_reopenNewInformation->isChecked();
    p.notes = m_notes->toPlainText().trimmed();
    return p;
}

void ProcedureDialog::updateOptions()
{
    const DecisionProcedure p = procedure();
    const auto vote = ProcedureDisplay::votingMethod(p);
    const bool consensusThenVote = p.method == DecisionMethod::ConsensusThenVote;
    const bool delegated = p.method == DecisionMethod::Delegated;
    const QHash<QString, bool> shown{
        {u"attempts"_s, consensusThenVote},
        {u"fallback"_s, consensusThenVote},
        {u"threshold"_s, vote == DecisionMethod::Supermajority},
        {u"delegate"_s, delegated},
        {u"basis"_s, vote.has_value()},
        {u"quorum"_s, !delegated},
    };
    for (auto it = shown.cbegin(); it != shown.cend(); ++it)
        form()->setRowVisible(m_inputs.value(it.key())->parentWidget(), it.value());
    m_quorumCount->setVisible(p.quorum.kind == QuorumKind::Count);
    m_quorumFraction->setVisible(p.quorum.kind == QuorumKind::Fraction);

    ProcedureDisplay::Names names;
    names.lead = m_context.leadName;
    for (const Body &other : m_context.otherBodies)
        names.bodies.insert(other.id, other.name);
    const int members = m_context.votingMembers;
    const QHash<QString, QString> texts{
        {u"method"_s, ProcedureDisplay::explainMethod(p, names)},
        {u"threshold"_s, ProcedureDisplay::explainThreshold(p.threshold, p.basis, members)},
        {u"basis"_s,
         vote ? ProcedureDisplay::explainBasis(p.basis, *vote, p.threshold, members) : QString()},
        {u"quorum"_s, ProcedureDisplay::explainQuorum(p.quorum, members)},
        {u"areas"_s,
         ProcedureDisplay::explainAreas(p.areas, m_context.body.kind == BodyKind::FullMembership)},
        {u"escalation"_s, ProcedureDisplay::explainEscalation(p.escalation)},
        {u"notice"_s, ProcedureDisplay::explainNotice(p.noticeDays)},
        {u"reopening"_s, ProcedureDisplay::explainReopening(p.reopening)},
    };
    for (auto it = texts.cbegin(); it != texts.cend(); ++it) {
        if (QLabel *label = m_explanations.value(it.key()))
            label->setText(it.value());
    }
}

QString ProcedureDialog::explanation(const QString &field) const
{
    const QLabel *label = m_explanations.value(field);
    return label ? label->text() : QString();
}

bool ProcedureDialog::isFieldShown(const QString &field) const
{
    const QWidget *input = m_inputs.value(field);
    return input && input->parentWidget()->isVisibleTo(this);
}

Problems ProcedureDialog::problems() const
{
    const DecisionProcedure p = procedure();
    Problems found = Validation::check(p);
    if (found.isEmpty()) {
        if (Status status = m_workspace.procedures().checkReferences(p); !status)
            found.append({status.error().field, status.error().message});
    }
    return found;
}

} // namespace Coalition::Ui
