"""The web app (Gradio): an edge, like the CLI. Nothing in assistant/, ingest/ or vectorstore/ imports it.

    app.py          build_app (the tabs and the named API endpoints), launch, main
    views/          the Gradio layout and event wiring of each tab, and of the API
    chat.py, preview.py, library.py, story.py, compare.py, grades.py, themes.py, api.py, exports.py
                    the plain functions behind them (no Gradio: each is testable on its own)

Results are rendered by render/ (shared with the CLI); the app reads settings only through
inspectchat.settings and builds its parts with inspectchat.factory.
"""
