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
@click.option("--allow-host", "allow_hosts", multiple=True, metavar="NAME",
              help="A host name people use to reach the app (repeatable); requests naming any other host get "
                   "403. Loopback names and the --host address are always allowed.")
def command(host: str, port: int, store_location: str | None, uploads: str, allow_hosts: tuple[str, ...]) -> None:
    """Serve the web app: search, documents, chains, tasks, upload, and the REST API (/api/docs).

    \b
    Example:
      vanban serve --port 8765      # then open http://127.0.0.1:8765
      vanban serve --host 0.0.0.0 --allow-host vanban.so-noi-vu.local
    """
    import uvicorn

    from search import store_location as default_store
    from web.app import create_app
    from web.security import allowed_hosts

    app = create_app(default_store(store_location), uploads, hosts=allowed_hosts(host, allow_hosts))
    click.echo(f"vanban: serving on http://{host}:{port} (store {default_store(store_location)})", err=True)
    uvicorn.run(app, host=host, port=port, log_level="warning")
