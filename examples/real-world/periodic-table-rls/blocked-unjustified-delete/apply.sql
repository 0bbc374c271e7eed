DELETE FROM periodic_table WHERE "Radioactive";
