"""The portal's HTTP routes, one module per resource."""
