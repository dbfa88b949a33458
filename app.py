"""`python app.py`: serve the web app (settings from INSPECTCHAT_* environment variables).

The app itself is the web/ package (web/app.py); this file only keeps the entry point at the top.
"""

from inspectchat.settings import configure_environment

configure_environment()  # before Gradio and the model libraries are imported

from web.app import build_app, launch, launch_options, main, parse_auth  # noqa: E402

__all__ = ["build_app", "launch", "launch_options", "main", "parse_auth"]

if __name__ == "__main__":
    main()
