"""What the renderers take: frozen read models of a plan, an activity report, an
information sheet, and the French labels of coded values. No session, no query: the
services fill them."""
