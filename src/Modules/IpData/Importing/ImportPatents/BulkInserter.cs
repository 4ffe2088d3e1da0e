using System.Data.Common;
using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace IpCity.IpData.Importing.ImportPatents;

/// <summary>
/// Inserts new rows with one prepared INSERT per entity type on the context's connection and transaction,
/// built from the EF model (table, columns, type mappings and value converters — the same storage EF uses),
/// for the bulk of an import where change tracking costs more than the data. Keys are read back with
/// RETURNING (SQLite ≥ 3.35 and PostgreSQL). Only for rows that are certainly new.
/// </summary>
internal sealed class BulkInserter : IAsyncDisposable
{
    private readonly DbContext _db;
    private readonly Dictionary<Type, Statement> _statements = [];
    private readonly Dictionary<(Type, int), Statement> _many = [];

    public BulkInserter(DbContext db) => _db = db;

    public async Task<long> InsertAsync<T>(T entity, CancellationToken ct)
        where T : class
    {
        var statement = Prepare(typeof(T));
        foreach (var column in statement.Columns)
        {
            var value = column.Get(entity);
            if (value is not null && column.Mapping.Converter is { } converter)
            {
                value = converter.ConvertToProvider(value);
            }

            column.Parameter.Value = value ?? DBNull.Value;
        }

        var key = await statement.Command.ExecuteScalarAsync(ct);
        var id = Convert.ToInt64(key, System.Globalization.CultureInfo.InvariantCulture);
        statement.SetKey(entity, id);
        return id;
    }

    /// <summary>Inserts many rows without reading keys back: one multi-row INSERT per chunk.</summary>
    public async Task InsertManyAsync<T>(IReadOnlyList<T> rows, CancellationToken ct)
        where T : class
    {
        if (rows.Count == 0)
        {
            return;
        }

        var columns = Prepare(typeof(T)).Columns.Count;
        var chunk = Math.Max(1, Math.Min(32, 30_000 / Math.Max(1, columns)));
        for (var start = 0; start < rows.Count; start += chunk)
        {
            var count = Math.Min(chunk, rows.Count - start);
            var statement = PrepareMany(typeof(T), count);
            var i = 0;
            for (var r = start; r < start + count; r++)
            {
                foreach (var column in statement.Columns)
                {
                    var value = column.Get(rows[r]);
                    if (value is not null && column.Mapping.Converter is { } converter)
                    {
                        value = converter.ConvertToProvider(value);
                    }

                    statement.Command.Parameters[i++].Value = value ?? DBNull.Value;
                }
            }

            await statement.Command.ExecuteNonQueryAsync(ct);
        }
    }

    private Statement PrepareMany(Type type, int rows)
    {
        var single = Prepare(type);
        if (_many.TryGetValue((type, rows), out var ready))
        {
            return ready;
        }

        var command = _db.Database.GetDbConnection().CreateCommand();
        command.Transaction = single.Command.Transaction;
        var values = new List<string>();
        for (var r = 0; r < rows; r++)
        {
            var names = new List<string>();
            foreach (var column in single.Columns)
            {
                var parameter = column.Mapping.CreateParameter(command, "@m" + command.Parameters.Count.ToString(System.Globalization.CultureInfo.InvariantCulture), null, true);
                command.Parameters.Add(parameter);
                names.Add(parameter.ParameterName);
            }

            values.Add("(" + string.Join(", ", names) + ")");
        }

        var insert = single.Command.CommandText[..single.Command.CommandText.IndexOf(" VALUES ", StringComparison.Ordinal)];
        command.CommandText = insert + " VALUES " + string.Join(", ", values);
        command.Prepare();
        var statement = new Statement(command, single.Columns, single.SetKey);
        _many[(type, rows)] = statement;
        return statement;
    }

    private Statement Prepare(Type type)
    {
        if (_statements.TryGetValue(type, out var ready))
        {
            return ready;
        }

        var entityType = _db.Model.FindEntityType(type) ?? throw new InvalidOperationException("not an entity: " + type.Name);
        var table = entityType.GetTableName()!;
        var schema = entityType.GetSchema();
        var store = StoreObjectIdentifier.Table(table, schema);
        var sql = _db.GetService<ISqlGenerationHelper>();
        var key = entityType.FindPrimaryKey()!.Properties.Single();
        var connection = _db.Database.GetDbConnection();
        var command = connection.CreateCommand();
        command.Transaction = _db.Database.CurrentTransaction?.GetDbTransaction();
        var columns = new List<Column>();
        foreach (var property in entityType.GetProperties().Where(p => p != key))
        {
            if (property.PropertyInfo is null)
            {
                throw new InvalidOperationException($"{type.Name}.{property.Name} is a shadow property; the bulk path needs CLR properties");
            }

            var mapping = (RelationalTypeMapping)property.GetRelationalTypeMapping();
            var parameter = mapping.CreateParameter(command, "@p" + columns.Count.ToString(System.Globalization.CultureInfo.InvariantCulture), null, property.IsNullable);
            command.Parameters.Add(parameter);
            columns.Add(new Column(sql.DelimitIdentifier(property.GetColumnName(store)!), Getter(property.PropertyInfo), mapping, parameter));
        }

        command.CommandText = $"INSERT INTO {sql.DelimitIdentifier(table, schema)} ({string.Join(", ", columns.Select(c => c.Name))}) VALUES ({string.Join(", ", command.Parameters.Cast<DbParameter>().Select(p => p.ParameterName))}) RETURNING {sql.DelimitIdentifier(key.GetColumnName(store)!)}";
        command.Prepare();
        var keyProperty = key.PropertyInfo!;
        var statement = new Statement(command, columns, (entity, id) => keyProperty.SetValue(entity, id));
        _statements[type] = statement;
        return statement;
    }

    private static Func<object, object?> Getter(System.Reflection.PropertyInfo property)
    {
        var instance = Expression.Parameter(typeof(object));
        var body = Expression.Convert(Expression.Property(Expression.Convert(instance, property.DeclaringType!), property), typeof(object));
        return Expression.Lambda<Func<object, object?>>(body, instance).Compile();
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var statement in _statements.Values.Concat(_many.Values))
        {
            await statement.Command.DisposeAsync();
        }
    }

    private sealed record Column(string Name, Func<object, object?> Get, RelationalTypeMapping Mapping, DbParameter Parameter);

    private sealed record Statement(DbCommand Command, List<Column> Columns, Action<object, long> SetKey);
}
