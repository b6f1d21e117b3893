"""``vanban serve``: the web app on localhost."""

from __future__ import annotations

import click


@click.command("serve")
@click.option("--host", default="127.0.0.1", show_default=True,
              help="Address to bind. The default keeps the app on this machine; give 0.0.0.0 only on purpose.")
@click.option("--port", default=8765, show_default=True, type=click.IntRange(1, 65535))
@click.option("--store", "store_location", default=None, envvar="VANBAN_STORE",
              help="SQLite file or Elasticsearch URL (default var/vanban.sqlite).")
@click.option("--uploads", default="var/uploads", show_default=True, help="Folder for uploaded files.")
def command(host: str, port: int, store_location: str | None, uploads: str) -> None:
    """Serve the web app: search, documents, chains, tasks, upload, and the REST API (/api/docs).

    \b
    Example:
      vanban serve --port 8765      # then open http://127.0.0.1:8765
    """
    import uvicorn

    from search import store_location as default_store
    from web.app import create_app

    app = create_app(default_store(store_location), uploads)
    click.echo(f"vanban: serving on http://{host}:{port} (store {default_store(store_location)})", err=True)
    uvicorn.run(app, host=host, port=port, log_level="warning")
