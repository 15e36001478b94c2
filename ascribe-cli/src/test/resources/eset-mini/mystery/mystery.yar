rule mystery { condition: false }
