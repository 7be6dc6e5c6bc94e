"""What the app does, Qt-free, one package per feature.

Layers, top to bottom (checked by lint-imports): ``send``, ``users``, ``outbox`` and ``app``
(independent of each other) → ``message`` → ``account`` → ``storage``.
"""
