"""The web UI (FastAPI): browse the dossier of a store; see :func:`recoupe.web.app.create_app`."""
