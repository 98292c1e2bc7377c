"""The dashboard: server-rendered templates, a small vendored script and stylesheet, and a world outline.

Pages live in :mod:`dotterel.web.pages`; display helpers in :mod:`dotterel.web.view`; the map's outline in
:mod:`dotterel.web.outline` (``static/world-outline.json``). Nothing is loaded from outside the app.
"""
