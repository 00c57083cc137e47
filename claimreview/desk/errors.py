"""What the desk refuses, with a message for the person who asked."""


class DeskError(ValueError):
    """A change that cannot be made; the message is meant for the person who asked."""


class ClaimGone(DeskError):
    """The claim no longer exists: an editor merged it into its neighbour meanwhile."""

    def __init__(self, message: str = ""):
        super().__init__(
            message
            or "This claim no longer exists: an editor merged it into another claim while you "
            "had it open. Nothing was changed; open the merged claim to review it."
        )


class IngestError(DeskError):
    """Bad article input (empty, too big, binary, broken encoding), with a clear message."""


class ClaimRetired(ClaimGone):
    """The claim's sentence left the article in a later version: the claim is kept with its
    history (on the version it belonged to) but takes no more decisions."""

    def __init__(self, version: int, unsaved: str = "Nothing was changed"):
        self.version = version
        super().__init__(
            f"This sentence was removed from the article in version {version} while you had "
            f"it open. {unsaved}; the claim stays in the history of version {version - 1}."
        )
