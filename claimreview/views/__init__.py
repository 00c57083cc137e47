"""The web layer by feature: plain function views that authorize, validate with a form, call
the desk core or a read-side query, and render.

A view that htmx calls renders a named partial of the same page template, so every page works
without JavaScript too.
"""
