from django.contrib.postgres.indexes import GinIndex
from django.contrib.postgres.operations import TrigramExtension
from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [("claimreview", "0002_roles")]

    operations = [
        TrigramExtension(),
        migrations.AddIndex(
            model_name="claim",
            index=GinIndex(fields=["text"], opclasses=["gin_trgm_ops"], name="claim_text_trgm_idx"),
        ),
    ]
