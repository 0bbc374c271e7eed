DELETE FROM invoice_line WHERE invoice_line_id = 1;
