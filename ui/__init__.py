"""Clientdesk's widgets, views and item models. Never does I/O, never imports ``api_client``."""
