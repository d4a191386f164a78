// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/stagebar.h"

#include "widgets/dashboardcolors.h"

#include <QKeyEvent>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>
#include <QToolTip>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Coalition::Ui {

namespace {

constexpr int Gap = 3; // between two segments
constexpr int Padding = 6; // inside a segment

DevelopmentStage stageOf(int index)
{
    return static_cast<DevelopmentStage>(index);
}

// The fewest met criteria that make a stage substantially met (three quarters).
int neededFor(int total)
{
    return (total * 3 + 3) / 4;
}

QFont boldened(QFont font)
{
    font.setBold(true);
    return font;
}

// The outline of one segment: an arrow pointing to the next stage, with a
// notch taking the previous one's point.
QPolygonF chevron(const QRectF &body, qreal depth, bool first, bool last)
{
    const qreal mid = body.center().y();
    QPolygonF shape;
    shape << body.topLeft();
    if (last) {
        shape << body.topRight() << body.bottomRight();
    } else {
        shape << body.topRight() << QPointF(body.right() + depth, mid) << body.bottomRight();
    }
    shape << body.bottomLeft();
    if (!first)
        shape << QPointF(body.left() + depth, mid);
    return shape;
}

void drawTick(QPainter &painter, const QRectF &box, const QColor &color)
{
    QPainterPath tick;
    tick.moveTo(box.left(), box.center().y());
    tick.lineTo(box.left() + box.width() * 0.38, box.bottom());
    tick.lineTo(box.right(), box.top());
    painter.save();
    painter.setPen(QPen(color, 2, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    painter.setBrush(Qt::NoBrush);
    painter.drawPath(tick);
    painter.restore();
}

} // namespace

StageBar::StageBar(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(u"stageBar"_s);
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(false);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    setAccessibleName(tr("Development stages"));
    setToolTip(QString()); // tooltips come per segment, from event()
    updateDescription();
}

void StageBar::setAssessment(const StageAssessment &assessment)
{
    m_segments = {};
    for (const StageResult &result : assessment.stages) {
        const int index = indexOf(result.stage);
        if (index < 0 || index >= StageCount)
            continue;
        Segment &segment = m_segments.at(std::size_t(index));
        segment.met = result.met;
        segment.total = result.total;
        segment.substantiallyMet = result.substantiallyMet;
    }
    // The engine gives one line per stage it looked at, from the first on.
    for (int index = 0; index < StageCount && index < assessment.reasons.size(); ++index)
        m_segments.at(std::size_t(index)).reason = assessment.reasons.at(index);
    m_recorded = assessment.recorded;
    m_recordedOn = assessment.recordedChange ? assessment.recordedChange->on : QDate();
    m_suggested = assessment.suggested;
    m_hasAssessment = true;
    updateDescription();
    update();
}

void StageBar::clear()
{
    m_segments = {};
    m_recorded.reset();
    m_recordedOn = {};
    m_suggested = DevelopmentStage::PreFormation;
    m_hasAssessment = false;
    updateDescription();
    update();
}

int StageBar::metCount(DevelopmentStage stage) const
{
    const int index = indexOf(stage);
    return index >= 0 && index < StageCount ? m_segments.at(std::size_t(index)).met : 0;
}

int StageBar::totalCount(DevelopmentStage stage) const
{
    const int index = indexOf(stage);
    return index >= 0 && index < StageCount ? m_segments.at(std::size_t(index)).total : 0;
}

bool StageBar::isSubstantiallyMet(DevelopmentStage stage) const
{
    const int index = indexOf(stage);
    return index >= 0 && index < StageCount && m_segments.at(std::size_t(index)).substantiallyMet;
}

int StageBar::segmentHeight() const
{
    return fontMetrics().height() * 2 + 2 * Padding + 2;
}

int StageBar::captionHeight() const
{
    return fontMetrics().height() + 6;
}

int StageBar::arrowDepth() const
{
    return std::max(6, segmentHeight() / 4);
}

QRect StageBar::segmentRect(DevelopmentStage stage) const
{
    const int index = indexOf(stage);
    if (index < 0 || index >= StageCount)
        return {};
    // Five bodies of equal width; each point reaches into the next one's notch.
    const int step = (width() - 1 + Gap) / StageCount;
    return QRect(index * step, 0, step - Gap, segmentHeight());
}

std::optional<DevelopmentStage> StageBar::stageAt(const QPoint &pos) const
{
    if (pos.y() < 0 || pos.y() >= segmentHeight() + captionHeight())
        return std::nullopt;
    for (int index = 0; index < StageCount; ++index) {
        const QRect body = segmentRect(stageOf(index));
        if (pos.x() >= body.left() && pos.x() < body.left() + body.width() + Gap)
            return stageOf(index);
    }
    return std::nullopt;
}

std::optional<DevelopmentStage> StageBar::currentStage() const
{
    if (m_current < 0)
        return std::nullopt;
    return stageOf(m_current);
}

void StageBar::setCurrentStage(DevelopmentStage stage)
{
    const int index = std::clamp(indexOf(stage), 0, StageCount - 1);
    if (index == m_current)
        return;
    m_current = index;
    update();
}

QString StageBar::countText(int index) const
{
    const Segment &segment = m_segments.at(std::size_t(index));
    if (!m_hasAssessment)
        return tr("no data");
    return tr("%1 of %2 met").arg(segment.met).arg(segment.total);
}

QString StageBar::captionText(int index) const
{
    if (!m_hasAssessment)
        return {};
    const bool recorded = m_recorded && indexOf(*m_recorded) == index;
    const bool suggested = indexOf(m_suggested) == index;
    if (recorded && suggested)
        return tr("Recorded and suggested");
    if (recorded)
        return tr("Recorded");
    if (suggested)
        return tr("Suggested");
    return {};
}

QString StageBar::segmentToolTip(DevelopmentStage stage) const
{
    const int index = indexOf(stage);
    if (index < 0 || index >= StageCount)
        return {};
    const Segment &segment = m_segments.at(std::size_t(index));
    QStringList lines{enumLabel(stage)};
    if (!m_hasAssessment) {
        lines.append(tr("No coalition is assessed."));
        return lines.join(u'\n');
    }
    lines.append(segment.substantiallyMet
                     ? tr("%1 of %2 criteria met: substantially met (at least %3 needed).")
                           .arg(segment.met)
                           .arg(segment.total)
                           .arg(neededFor(segment.total))
                     : tr("%1 of %2 criteria met: not yet substantially met (at least %3 needed).")
                           .arg(segment.met)
                           .arg(segment.total)
                           .arg(neededFor(segment.total)));
    if (!segment.reason.isEmpty())
        lines.append(segment.reason);
    else
        lines.append(tr("The suggestion does not reach this stage while an earlier one is not "
                        "substantially met."));
    if (stage == m_suggested)
        lines.append(tr("This is the stage the evidence suggests."));
    if (m_recorded == stage)
        lines.append(m_recordedOn.isValid()
                         ? tr("This is the coalition's recorded stage, since %1.")
                               .arg(QLocale().toString(m_recordedOn, QLocale::ShortFormat))
                         : tr("This is the coalition's recorded stage."));
    lines.append(tr("Click, or press Enter, to see the criteria on the Stage page."));
    return lines.join(u'\n');
}

void StageBar::updateDescription()
{
    if (!m_hasAssessment) {
        setAccessibleDescription(tr("No coalition is assessed yet."));
        return;
    }
    QStringList parts;
    parts.append(tr("Suggested stage: %1.").arg(enumLabel(m_suggested)));
    parts.append(m_recorded ? tr("Recorded stage: %1.").arg(enumLabel(*m_recorded))
                            : tr("No stage recorded yet."));
    for (int index = 0; index < StageCount; ++index) {
        const Segment &segment = m_segments.at(std::size_t(index));
        parts.append(segment.substantiallyMet ? tr("%1: %2 of %3 criteria met, substantially met.")
                                                    .arg(enumLabel(stageOf(index)))
                                                    .arg(segment.met)
                                                    .arg(segment.total)
                                              : tr("%1: %2 of %3 criteria met.")
                                                    .arg(enumLabel(stageOf(index)))
                                                    .arg(segment.met)
                                                    .arg(segment.total));
    }
    setAccessibleDescription(parts.join(u' '));
}

QSize StageBar::sizeHint() const
{
    const QFontMetrics bold(boldened(font()));
    int widest = 0;
    for (int index = 0; index < StageCount; ++index)
        widest = std::max(widest, bold.horizontalAdvance(enumLabel(stageOf(index))));
    widest = std::max(widest, fontMetrics().horizontalAdvance(tr("Recorded and suggested")));
    const int step = widest + arrowDepth() + 2 * Padding + Gap + 8;
    return {StageCount * step, segmentHeight() + captionHeight() + 2};
}

QSize StageBar::minimumSizeHint() const
{
    const int step = fontMetrics().averageCharWidth() * 8 + arrowDepth() + Gap;
    return {StageCount * step, segmentHeight() + captionHeight() + 2};
}

bool StageBar::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        const auto *help = static_cast<QHelpEvent *>(event);
        if (const auto stage = stageAt(help->pos())) {
            QToolTip::showText(help->globalPos(), segmentToolTip(*stage), this,
                               segmentRect(*stage));
        } else {
            QToolTip::hideText();
            event->ignore();
        }
        return true;
    }
    return QWidget::event(event);
}

void StageBar::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const DashboardColors colors = DashboardColors::from(palette());
    const QFont bold = boldened(font());
    const qreal depth = arrowDepth();
    const int lineHeight = fontMetrics().height();

    for (int index = 0; index < StageCount; ++index) {
        const DevelopmentStage stage = stageOf(index);
        const Segment &segment = m_segments.at(std::size_t(index));
        const QRectF body = QRectF(segmentRect(stage)).adjusted(1.5, 1.5, -0.5, -1.5);
        const bool suggested = m_hasAssessment && stage == m_suggested;
        const bool filled = m_hasAssessment && segment.substantiallyMet;

        painter.setBrush(filled ? colors.metFill : colors.openFill);
        QPen edge(filled ? colors.metEdge : colors.line, 1);
        if (suggested)
            edge = QPen(colors.highlight, 3);
        edge.setJoinStyle(Qt::MiterJoin);
        painter.setPen(edge);
        painter.drawPolygon(chevron(body, depth, index == 0, index == StageCount - 1));

        // Text stays inside the body, clear of the notch.
        const int left = int(body.left()) + (index > 0 ? int(depth) : 0) + Padding;
        const QRect text(left, int(body.top()) + Padding,
                         std::max(0, int(body.right()) - Padding - left), lineHeight * 2);
        painter.setPen(m_hasAssessment ? colors.text : colors.muted);
        painter.setFont(bold);
        painter.drawText(
            QRect(text.left(), text.top(), text.width(), lineHeight),
            Qt::AlignLeft | Qt::AlignVCenter,
            QFontMetrics(bold).elidedText(enumLabel(stage), Qt::ElideRight, text.width()));
        painter.setFont(font());
        QRect count(text.left(), text.top() + lineHeight, text.width(), lineHeight);
        if (filled) {
            const int size = lineHeight * 3 / 5;
            drawTick(painter, QRectF(count.left(), count.center().y() - size / 2.0, size, size),
                     colors.metEdge);
            count.setLeft(count.left() + size + 4);
        }
        painter.setPen(m_hasAssessment ? colors.text : colors.muted);
        painter.drawText(count, Qt::AlignLeft | Qt::AlignVCenter,
                         fontMetrics().elidedText(countText(index), Qt::ElideRight, count.width()));

        // Below the segment: what it is to the coalition, in words and a
        // shape (a dot for recorded, a triangle for suggested).
        const QString caption = captionText(index);
        if (!caption.isEmpty()) {
            const bool recorded = m_recorded && *m_recorded == stage;
            const QRect below(int(body.left()), segmentHeight() + 2, int(body.width()),
                              captionHeight() - 2);
            const int mark = lineHeight / 2;
            QRectF markBox(below.left() + Padding, below.center().y() - mark / 2.0, mark, mark);
            painter.setPen(Qt::NoPen);
            painter.setBrush(suggested ? colors.highlight : colors.text);
            if (suggested) {
                painter.drawPolygon(QPolygonF{QPointF(markBox.center().x(), markBox.top()),
                                              markBox.bottomRight(), markBox.bottomLeft()});
                if (recorded) {
                    markBox.translate(mark + 3, 0);
                    painter.setBrush(colors.text);
                    painter.drawEllipse(markBox);
                }
            } else {
                painter.drawEllipse(markBox);
            }
            const QRect label(int(markBox.right()) + 4, below.top(),
                              std::max(0, below.right() - int(markBox.right()) - 4),
                              below.height());
            painter.setPen(colors.text);
            painter.setFont(suggested ? bold : font());
            painter.drawText(
                label, Qt::AlignLeft | Qt::AlignVCenter,
                painter.fontMetrics().elidedText(caption, Qt::ElideRight, label.width()));
            painter.setFont(font());
        }

        if (hasFocus() && index == m_current) {
            QPen focus(colors.text, 1, Qt::DotLine);
            painter.setPen(focus);
            painter.setBrush(Qt::NoBrush);
            painter.drawRect(body.adjusted(depth / 2 + 2, 3, -3, -3));
        }
    }
}

void StageBar::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton) {
        QWidget::mousePressEvent(event);
        return;
    }
    if (const auto stage = stageAt(event->position().toPoint())) {
        setCurrentStage(*stage);
        Q_EMIT stageActivated(*stage);
    }
}

void StageBar::keyPressEvent(QKeyEvent *event)
{
    int next = m_current < 0 ? indexOf(m_suggested) : m_current;
    switch (event->key()) {
    case Qt::Key_Left:
        next = std::max(0, next - 1);
        break;
    case Qt::Key_Right:
        next = std::min(StageCount - 1, next + 1);
        break;
    case Qt::Key_Home:
        next = 0;
        break;
    case Qt::Key_End:
        next = StageCount - 1;
        break;
    case Qt::Key_Return:
    case Qt::Key_Enter:
    case Qt::Key_Space:
        if (m_current >= 0)
            Q_EMIT stageActivated(stageOf(m_current));
        return;
    default:
        QWidget::keyPressEvent(event);
        return;
    }
    setCurrentStage(stageOf(next));
    showCurrentToolTip();
}

void StageBar::showCurrentToolTip()
{
    if (m_current < 0 || !isVisible())
        return;
    const QRect body = segmentRect(stageOf(m_current));
    QToolTip::showText(mapToGlobal(body.bottomLeft()), segmentToolTip(stageOf(m_current)), this,
                       body);
}

void StageBar::focusInEvent(QFocusEvent *event)
{
    if (m_current < 0)
        m_current = indexOf(m_suggested);
    update();
    QWidget::focusInEvent(event);
}

void StageBar::focusOutEvent(QFocusEvent *event)
{
    update();
    QWidget::focusOutEvent(event);
}

} // namespace Coalition::Ui
