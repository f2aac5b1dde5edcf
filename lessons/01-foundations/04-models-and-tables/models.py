from django.db import models


class Member(models.Model):
    # A natural primary key: the card number printed on the library card.
    card_number = models.CharField(max_length=12, primary_key=True)
    name = models.CharField(max_length=100)
    joined = models.DateField()


class Loan(models.Model):
    member = models.ForeignKey(Member, on_delete=models.CASCADE, related_name="loans")
    book = models.ForeignKey("bookstore.Book", on_delete=models.PROTECT, related_name="loans")
    # The attribute is `due`; the column keeps the name an older system gave it.
    due = models.DateField(db_column="due_on")
    returned = models.BooleanField(default=False)

    class Meta:
        db_table = "library_loan"
