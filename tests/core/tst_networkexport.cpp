// SPDX-License-Identifier: GPL-3.0-or-later
// The network export formats: JSON read back, DOT lines, GraphML parsed.
#include "io/networkexport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;
using namespace Coalition;

namespace {

using Level = RelationshipLevel;
using Trust = TrustLevel;

Relationship tie(Id id, Id first, Id second, Level level, Trust trust)
{
    Relationship r;
    r.id = id;
    r.firstId = first;
    r.secondId = second;
    r.level = level;
    r.trust = trust;
    return r;
}

const QString QuotedName = u"The \"Union\" \\ Co-op"_s;
const QString XmlName = u"Parents & <Teachers> 'Together'"_s;

// Five members: 1-2 networking, 1-3 coordinating, 2-3 cooperating (the sides
// disagree), 1-4 collaborating; member 5 is isolated.
NetworkFigures sample()
{
    Relationship disputed = tie(13, 2, 3, Level::Cooperating, Trust::More);
    disputed.views = {{2, Level::Cooperating, Trust::High, QString(), QDate(2026, 1, 1)},
                      {3, Level::Networking, Trust::Some, QString(), QDate(2026, 1, 2)}};
    return NetworkEngine::compute({{1, u"Eastgate Food Bank"_s},
                                   {2, QuotedName},
                                   {3, XmlName},
                                   {4, u"Northside Youth Club"_s},
                                   {5, u"Lonely Library"_s}},
                                  {tie(11, 1, 2, Level::Networking, Trust::Low),
                                   tie(12, 1, 3, Level::Coordinating, Trust::Some), disputed,
                                   tie(14, 4, 1, Level::Collaborating, Trust::High)});
}

QStringList lines(const QByteArray &bytes)
{
    return QString::fromUtf8(bytes).split(u'\n', Qt::SkipEmptyParts);
}

struct GraphmlContent
{
    QHash<QString, QString> keys; // id -> "for/attr.name/attr.type"
    QString edgeDefault;
    QHash<QString, QString> graphData;
    QList<QHash<QString, QString>> nodes; // "id" plus each data key
    QList<QHash<QString, QString>> edges; // "id", "source", "target" plus each data key
    QString error;
};

GraphmlContent readGraphml(const QByteArray &bytes)
{
    GraphmlContent content;
    QXmlStreamReader xml(bytes);
    QHash<QString, QString> *current = nullptr;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (xml.namespaceUri() != u"http://graphml.graphdrawing.org/xmlns")
            content.error = u"element outside the GraphML namespace: "_s + xml.name();
        const auto attribute = [&xml](const QString &name) {
            return xml.attributes().value(name).toString();
        };
        const QStringView name = xml.name();
        if (name == u"key") {
            content.keys.insert(attribute(u"id"_s),
                                attribute(u"for"_s) + u'/' + attribute(u"attr.name"_s) + u'/'
                                    + attribute(u"attr.type"_s));
        } else if (name == u"graph") {
            content.edgeDefault = attribute(u"edgedefault"_s);
            current = &content.graphData;
        } else if (name == u"node") {
            content.nodes.append({{u"id"_s, attribute(u"id"_s)}});
            current = &content.nodes.last();
        } else if (name == u"edge") {
            content.edges.append({{u"id"_s, attribute(u"id"_s)},
                                  {u"source"_s, attribute(u"source"_s)},
                                  {u"target"_s, attribute(u"target"_s)}});
            current = &content.edges.last();
        } else if (name == u"data" && current) {
            const QString key = attribute(u"key"_s);
            current->insert(key, xml.readElementText());
        }
    }
    if (xml.hasError())
        content.error += xml.errorString();
    return content;
}

} // namespace

class TestNetworkExport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void jsonCarriesTheFigures()
    {
        const NetworkFigures figures = sample();
        const QByteArray bytes = NetworkExport::toJson(u"Eastgate Coalition"_s, figures);
        QVERIFY(bytes.contains("\n    \"")); // indented
        QJsonParseError error;
        const QJsonObject root = QJsonDocument::fromJson(bytes, &error).object();
        QCOMPARE(error.error, QJsonParseError::NoError);

        QCOMPARE(root.value(u"coalition"_s).toString(), u"Eastgate Coalition"_s);
        QCOMPARE(root.value(u"members"_s).toInt(), 5);
        QCOMPARE(root.value(u"pairs"_s).toInt(), 10);
        QCOMPARE(root.value(u"tied_pairs"_s).toInt(), 4);
        QCOMPARE(root.value(u"density"_s).toDouble(), 0.4);
        QCOMPARE(root.value(u"disagreements"_s).toInt(), 1);

        const QJsonObject levels = root.value(u"levels"_s).toObject();
        QCOMPARE(levels.keys(),
                 QStringList(
                     {u"collaborating"_s, u"cooperating"_s, u"coordinating"_s, u"networking"_s}));
        for (const QString &level : levels.keys()) {
            QCOMPARE(levels.value(level).toObject().value(u"pairs"_s).toInt(), 1);
            QCOMPARE(levels.value(level).toObject().value(u"share"_s).toDouble(), 0.1);
        }

        const QJsonArray organizations = root.value(u"organizations"_s).toArray();
        QCOMPARE(organizations.size(), 5);
        const QJsonObject eastgate = organizations.at(0).toObject();
        QCOMPARE(eastgate.value(u"id"_s).toInteger(), 1);
        QCOMPARE(eastgate.value(u"name"_s).toString(), u"Eastgate Food Bank"_s);
        QCOMPARE(eastgate.value(u"ties"_s).toInt(), 3);
        QCOMPARE(eastgate.value(u"strongest_with"_s).toInteger(), 4);
        QCOMPARE(eastgate.value(u"strongest_level"_s).toString(), u"collaborating"_s);
        QCOMPARE(eastgate.value(u"strongest_trust"_s).toString(), u"high"_s);
        QCOMPARE(eastgate.value(u"isolated"_s).toBool(), false);
        QCOMPARE(organizations.at(1).toObject().value(u"name"_s).toString(), QuotedName);
        const QJsonObject lonely = organizations.at(4).toObject();
        QCOMPARE(lonely.value(u"ties"_s).toInt(), 0);
        QVERIFY(lonely.value(u"strongest_with"_s).isNull());
        QVERIFY(lonely.value(u"strongest_level"_s).isNull());
        QVERIFY(lonely.value(u"strongest_trust"_s).isNull());
        QCOMPARE(lonely.value(u"isolated"_s).toBool(), true);
        QCOMPARE(root.value(u"isolated"_s).toArray(), QJsonArray{u"Lonely Library"_s});

        const QJsonArray ties = root.value(u"ties"_s).toArray();
        QCOMPARE(ties.size(), 4);
        QList<std::pair<qint64, qint64>> pairs;
        for (const QJsonValue &t : ties)
            pairs.append({t[u"first"_s].toInteger(), t[u"second"_s].toInteger()});
        QCOMPARE(pairs, (QList<std::pair<qint64, qint64>>{{1, 2}, {1, 3}, {1, 4}, {2, 3}}));
        const QJsonObject disputed = ties.at(3).toObject();
        QCOMPARE(disputed.value(u"first_name"_s).toString(), QuotedName);
        QCOMPARE(disputed.value(u"second_name"_s).toString(), XmlName);
        QCOMPARE(disputed.value(u"level"_s).toString(), u"cooperating"_s);
        QCOMPARE(disputed.value(u"trust"_s).toString(), u"more"_s);
        QCOMPARE(disputed.value(u"sides_disagree"_s).toBool(), true);
        QCOMPARE(ties.at(0).toObject().value(u"sides_disagree"_s).toBool(), false);

        QStringList reasons;
        for (const QJsonValue &reason : root.value(u"reasons"_s).toArray())
            reasons.append(reason.toString());
        QCOMPARE(reasons, figures.reasons);
        QVERIFY(reasons.contains(
            u"5 members make 10 pairs; 4 of them have a relationship: density 40%."_s));

        QCOMPARE(NetworkExport::toJson(u"Eastgate Coalition"_s, sample()), bytes);
    }

    void jsonOfAnEmptyNetwork()
    {
        const QByteArray bytes = NetworkExport::toJson(QString(), NetworkEngine::compute({}, {}));
        const QJsonObject root = QJsonDocument::fromJson(bytes).object();
        QCOMPARE(root.value(u"members"_s).toInt(-1), 0);
        QCOMPARE(root.value(u"density"_s).toDouble(-1), 0.0);
        QCOMPARE(root.value(u"levels"_s).toObject().size(), 4);
        QVERIFY(root.value(u"organizations"_s).toArray().isEmpty());
        QVERIFY(root.value(u"ties"_s).toArray().isEmpty());
        QCOMPARE(root.value(u"reasons"_s).toArray().size(), 1);
    }

    void dotDrawsStyledEdges()
    {
        const QByteArray bytes = NetworkExport::toDot(u"Eastgate \"East\" Coalition"_s, sample());
        const QStringList all = lines(bytes);
        QStringList body;
        for (const QString &line : all) {
            if (!line.startsWith(u"//"_s))
                body.append(line);
        }
        QCOMPARE(body.first(), u"graph \"Eastgate \\\"East\\\" Coalition\" {"_s);
        QCOMPARE(body.last(), u"}"_s);
        QVERIFY(body.contains(u"  n1 [label=\"Eastgate Food Bank\", ties=3, isolated=false];"_s));
        QVERIFY(body.contains(
            u"  n2 [label=\"The \\\"Union\\\" \\\\ Co-op\", ties=2, isolated=false];"_s));
        QVERIFY(body.contains(u"  n5 [label=\"Lonely Library\", ties=0, isolated=true];"_s));
        QStringList edges;
        for (const QString &line : body) {
            if (line.contains(u" -- "_s))
                edges.append(line);
        }
        QCOMPARE(edges,
                 QStringList({
                     u"  n1 -- n2 [style=dotted, level=networking, trust=low, "
                     "sides_disagree=false];"_s,
                     u"  n1 -- n3 [style=dashed, level=coordinating, trust=some, "
                     "sides_disagree=false];"_s,
                     u"  n1 -- n4 [style=bold, level=collaborating, trust=high, "
                     "sides_disagree=false];"_s,
                     u"  n2 -- n3 [style=solid, level=cooperating, trust=more, "
                     "sides_disagree=true, color=red];"_s,
                 }));
        QCOMPARE(NetworkExport::toDot(u"Eastgate \"East\" Coalition"_s, sample()), bytes);
    }

    void dotEscapesLineBreaksAndBackslashes()
    {
        const NetworkFigures figures = NetworkEngine::compute({{7, u"Two\nLines \\N"_s}}, {});
        const QStringList body = lines(NetworkExport::toDot(u"C:\\net"_s, figures));
        QVERIFY(body.contains(u"graph \"C:\\\\net\" {"_s));
        QVERIFY(body.contains(u"  n7 [label=\"Two\\nLines \\\\N\", ties=0, isolated=true];"_s));
        for (const QString &line : body)
            QVERIFY2(!line.contains(u" -- "_s), qPrintable(line));
    }

    void graphmlParsesBack()
    {
        const QByteArray bytes = NetworkExport::toGraphml(u"Eastgate & Co"_s, sample());
        QVERIFY(bytes.startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"));
        QVERIFY(bytes.contains("Parents &amp; &lt;Teachers&gt;"));
        const GraphmlContent g = readGraphml(bytes);
        QVERIFY2(g.error.isEmpty(), qPrintable(g.error));

        QCOMPARE(g.keys.value(u"name"_s), u"node/name/string"_s);
        QCOMPARE(g.keys.value(u"ties"_s), u"node/ties/int"_s);
        QCOMPARE(g.keys.value(u"isolated"_s), u"node/isolated/boolean"_s);
        QCOMPARE(g.keys.value(u"level"_s), u"edge/level/string"_s);
        QCOMPARE(g.keys.value(u"trust"_s), u"edge/trust/string"_s);
        QCOMPARE(g.keys.value(u"sides_disagree"_s), u"edge/sides_disagree/boolean"_s);
        QCOMPARE(g.edgeDefault, u"undirected"_s);
        QCOMPARE(g.graphData.value(u"coalition"_s), u"Eastgate & Co"_s);
        QCOMPARE(g.graphData.value(u"density"_s), u"0.4"_s);

        QCOMPARE(g.nodes.size(), 5);
        QCOMPARE(g.edges.size(), 4);
        QCOMPARE(g.nodes.at(1).value(u"id"_s), u"n2"_s);
        QCOMPARE(g.nodes.at(1).value(u"name"_s), QuotedName);
        QCOMPARE(g.nodes.at(2).value(u"name"_s), XmlName);
        QCOMPARE(g.nodes.at(0).value(u"ties"_s), u"3"_s);
        QCOMPARE(g.nodes.at(4).value(u"isolated"_s), u"true"_s);
        QCOMPARE(g.nodes.at(0).value(u"isolated"_s), u"false"_s);

        const QHash<QString, QString> disputed = g.edges.at(3);
        QCOMPARE(disputed.value(u"id"_s), u"e2_3"_s);
        QCOMPARE(disputed.value(u"source"_s), u"n2"_s);
        QCOMPARE(disputed.value(u"target"_s), u"n3"_s);
        QCOMPARE(disputed.value(u"level"_s), u"cooperating"_s);
        QCOMPARE(disputed.value(u"trust"_s), u"more"_s);
        QCOMPARE(disputed.value(u"sides_disagree"_s), u"true"_s);
        QCOMPARE(g.edges.at(2).value(u"target"_s), u"n4"_s);
        QCOMPARE(g.edges.at(2).value(u"level"_s), u"collaborating"_s);
        QCOMPARE(g.edges.at(2).value(u"sides_disagree"_s), u"false"_s);

        QCOMPARE(NetworkExport::toGraphml(u"Eastgate & Co"_s, sample()), bytes);
    }

    // XML cannot carry most control characters, even as references: they are
    // dropped so that the file stays readable.
    void graphmlDropsControlCharacters()
    {
        const NetworkFigures figures
            = NetworkEngine::compute({{1, u"Bell\aOrg\x01"_s}, {2, u"Tab\tOrg"_s}}, {});
        const GraphmlContent g = readGraphml(NetworkExport::toGraphml(u"Net\x1f"_s, figures));
        QVERIFY2(g.error.isEmpty(), qPrintable(g.error));
        QCOMPARE(g.nodes.size(), 2);
        QCOMPARE(g.edges.size(), 0);
        QCOMPARE(g.nodes.at(0).value(u"name"_s), u"BellOrg"_s);
        QCOMPARE(g.nodes.at(1).value(u"name"_s), u"Tab\tOrg"_s);
        QCOMPARE(g.graphData.value(u"coalition"_s), u"Net"_s);
    }
};

QTEST_GUILESS_MAIN(TestNetworkExport)
#include "tst_networkexport.moc"
