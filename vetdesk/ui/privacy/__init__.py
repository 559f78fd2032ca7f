"""The privacy panel's screens (issue 10): the request register and the inspect view."""
