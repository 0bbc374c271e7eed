DELETE FROM InvoiceLine WHERE InvoiceLineId = 1;
