package org.kring.organisation.web;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.kring.organisation.RelationKind;
import org.kring.organisation.internal.OrganisationRow;
import org.kring.organisation.internal.RelationRow;

/**
 * The network of relations as a picture: the organisations on a circle in the order of
 * their names, each relation a line between them (an arrow where it reads one way). The
 * same data always gives the same picture.
 *
 * @param nodes the organisations, placed
 * @param edges the relations, placed
 */
public record NetworkPicture(List<Node> nodes, List<Edge> edges) {

	public static final int WIDTH = 960;

	public static final int HEIGHT = 640;

	static final double NODE_RADIUS = 9;

	static final int LABEL_MAX_LENGTH = 28;

	private static final double CENTRE_X = WIDTH / 2.0;

	private static final double CENTRE_Y = HEIGHT / 2.0;

	private static final double RADIUS = 210;

	private static final double LABEL_GAP = 14;

	/**
	 * Places the organisations and their relations.
	 * @param organisations the organisations, in the order to place them
	 * @param relations relations between them; others are left out
	 * @return the picture
	 */
	static NetworkPicture of(List<OrganisationRow> organisations, List<RelationRow> relations) {
		int count = organisations.size();
		Map<UUID, double[]> places = new HashMap<>();
		List<Node> nodes = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			OrganisationRow organisation = organisations.get(i);
			double angle = -Math.PI / 2 + 2 * Math.PI * i / count;
			double cos = Math.cos(angle);
			double sin = Math.sin(angle);
			double x = CENTRE_X + RADIUS * cos;
			double y = CENTRE_Y + RADIUS * sin;
			places.put(organisation.id(), new double[] { x, y });
			nodes.add(new Node(organisation.name(), label(organisation.name()), organisation.kind().name(), round(x),
					round(y), round(CENTRE_X + (RADIUS + LABEL_GAP) * cos),
					round(CENTRE_Y + (RADIUS + LABEL_GAP) * sin + 4),
					(Math.abs(cos) < 0.2) ? "middle" : (cos > 0) ? "start" : "end"));
		}
		List<Edge> edges = new ArrayList<>();
		for (RelationRow relation : relations) {
			double[] from = places.get(relation.source().id());
			double[] to = places.get(relation.target().id());
			if (from != null && to != null) {
				edges.add(edge(relation, from, to));
			}
		}
		return new NetworkPicture(List.copyOf(nodes), List.copyOf(edges));
	}

	/**
	 * A line from the rim of one node to the rim of the other, moved sideways a little by
	 * kind so that two relations between the same pair stay apart.
	 */
	private static Edge edge(RelationRow relation, double[] from, double[] to) {
		double dx = to[0] - from[0];
		double dy = to[1] - from[1];
		double length = Math.max(1, Math.hypot(dx, dy));
		double ux = dx / length;
		double uy = dy / length;
		double shift = (relation.kind().ordinal() - 1.5) * 3;
		double sx = -uy * shift;
		double sy = ux * shift;
		double end = NODE_RADIUS + (relation.kind().directed() ? 4 : 1);
		return new Edge(relation.kind(), relation.kind().cssClass(), relation.kind().directed(),
				round(from[0] + ux * (NODE_RADIUS + 1) + sx), round(from[1] + uy * (NODE_RADIUS + 1) + sy),
				round(to[0] - ux * end + sx), round(to[1] - uy * end + sy), relation.source().name(),
				relation.target().name());
	}

	private static String label(String name) {
		return (name.length() <= LABEL_MAX_LENGTH) ? name : name.substring(0, LABEL_MAX_LENGTH - 1).strip() + "…";
	}

	private static String round(double value) {
		return String.format(Locale.ROOT, "%.1f", value);
	}

	public String viewBox() {
		return "0 0 " + WIDTH + " " + HEIGHT;
	}

	public List<RelationKind> kinds() {
		return List.of(RelationKind.values());
	}

	/**
	 * An organisation in the picture.
	 *
	 * @param name its full name
	 * @param label its name as drawn, shortened when long
	 * @param kind its kind's name
	 * @param x the centre's x
	 * @param y the centre's y
	 * @param labelX where its label starts
	 * @param labelY the label's baseline
	 * @param anchor how the label aligns: start, middle or end
	 */
	public record Node(String name, String label, String kind, String x, String y, String labelX, String labelY,
			String anchor) {

		public String radius() {
			return round(NODE_RADIUS);
		}

	}

	/**
	 * A relation in the picture.
	 *
	 * @param kind the relation
	 * @param cssClass the class that draws it
	 * @param directed whether it ends in an arrow
	 * @param x1 where it starts
	 * @param y1 where it starts
	 * @param x2 where it ends
	 * @param y2 where it ends
	 * @param source the name of the organisation it reads from
	 * @param target the name of the organisation it reads to
	 */
	public record Edge(RelationKind kind, String cssClass, boolean directed, String x1, String y1, String x2, String y2,
			String source, String target) {

		public String marker() {
			return this.directed ? "url(#arrow-" + this.cssClass + ")" : null;
		}

	}

}
